-- Demo data for the local network (GAZETTEER_DEMO_DATA=true): two published events organized by
-- chengdu, whose organizer user is organizer.chengdu. Real division codes, plausible
-- records, every row marked demo = true. Runs once, like every versioned migration; with demo
-- data off it inserts nothing.

INSERT INTO event (id, title_zh, title_en, description_zh, target, kind, organizer, division,
                   status, created_by, demo)
SELECT v.id::uuid, v.title_zh, v.title_en, v.description_zh, v.target, v.kind, 'chengdu',
       v.division, 'PUBLISHED', 'demo', true
FROM (VALUES
    ('00000000-0000-4000-8000-00000000e001', '方志文化进校园：成都的城与史',
     'Gazetteer culture on campus: the city and history of Chengdu',
     '成都方志馆走进中学课堂，讲述成都建城史（演示记录）。', 'SCHOOL', 'CAMPUS_PROGRAM',
     '510107'),
    ('00000000-0000-4000-8000-00000000e002', '史志进社区：《四川扶贫志》读书会',
     'Gazetteers in the community: reading the Sichuan Poverty Alleviation Gazetteer',
     '在社区阅览室共读《四川扶贫志》（演示记录）。', 'COMMUNITY', 'READING', '510104')
) AS v(id, title_zh, title_en, description_zh, target, kind, division)
WHERE '${demo}' = 'true';
