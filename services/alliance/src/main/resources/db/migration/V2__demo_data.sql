-- Demo data for the local network (GAZETTEER_DEMO_DATA=true): the approved members the demo users
-- rely on: sichuan (whose admin is `admin`), chengdu and leshan (member.leshan).
-- Real division codes, every row marked demo = true. Runs once, like every versioned migration;
-- with demo data off it inserts nothing.

INSERT INTO member (code, name_zh, name_en, type, division, status, demo)
SELECT v.code, v.name_zh, v.name_en, 'MUSEUM', v.division, 'APPROVED', true
FROM (VALUES
    ('sichuan', '四川省方志馆', 'Sichuan Provincial Gazetteer Museum', '510000'),
    ('chengdu', '成都方志馆', 'Chengdu Gazetteer Museum', '510100'),
    ('leshan', '乐山方志馆', 'Leshan Gazetteer Museum', '511100')
) AS v(code, name_zh, name_en, division)
WHERE '${demo}' = 'true';
