-- Demo data for the local network (GAZETTEER_DEMO_DATA=true): what the demo members share, so that
-- the portal's alliance page and the members' console have something to show — public resources
-- of chengdu and leshan and one for alliance members only. Every row marked demo = true; with demo
-- data off it inserts nothing.

INSERT INTO shared_resource (id, owner, kind, title_zh, title_en, description_zh, description_en,
                             scope, rights_zh, rights_en, licence, terms_zh, terms_en, delivery,
                             quantity, created_by, demo)
SELECT v.id::uuid, v.owner, v.kind, v.title_zh, v.title_en, v.description_zh, v.description_en,
       v.scope, v.rights_zh, v.rights_en, v.licence, v.terms_zh, v.terms_en, v.delivery,
       v.quantity, 'demo', true
FROM (VALUES
    ('00000000-0000-4000-8000-0000000a0001', 'chengdu', 'DIGITAL_COLLECTION',
     '成都地方志数字资源（演示）', 'Chengdu local gazetteers, digitised (demo)',
     '成都方志馆提供的志书、年鉴扫描件在线阅览（演示记录）。',
     'Scanned gazetteers and yearbooks of the Chengdu Gazetteer Museum, read online (demo record).',
     'PUBLIC', '演示数据', 'Demo data', 'CC_BY_4_0', NULL, NULL, 'DIGITAL', NULL::integer),
    ('00000000-0000-4000-8000-0000000a0002', 'leshan', 'TRAVELLING_EXHIBITION',
     '乐山史志巡回展（演示）', 'Leshan local history, a travelling exhibition (demo)',
     '二十块展板介绍乐山建置沿革与名胜，可巡展至联盟成员与学校（演示记录）。',
     'Twenty panels on Leshan''s history and sights, lent to members and schools (demo record).',
     'PUBLIC', NULL, NULL, NULL, '借展方承担运输，展期不超过 30 天。',
     'The borrower pays transport; at most 30 days.', 'PHYSICAL', 1),
    ('00000000-0000-4000-8000-0000000a0003', 'chengdu', 'EXPERT',
     '地方志编纂讲座（演示）', 'Talks on compiling local gazetteers (demo)',
     '成都方志馆专家可到学校、社区讲授地方志编纂与阅读（演示记录）。',
     'Experts of the Chengdu Gazetteer Museum speak at schools and communities (demo record).',
     'PUBLIC', NULL, NULL, NULL, NULL, NULL, 'SERVICE', NULL),
    ('00000000-0000-4000-8000-0000000a0004', 'leshan', 'VENUE',
     '乐山方志馆报告厅（演示）', 'The Leshan Gazetteer Museum lecture hall (demo)',
     '可容纳 120 人，供联盟成员举办讲座与研讨（演示记录）。',
     'Seats 120, for members'' lectures and seminars (demo record).',
     'ALLIANCE', NULL, NULL, NULL, NULL, NULL, 'SERVICE', NULL)
) AS v(id, owner, kind, title_zh, title_en, description_zh, description_en, scope, rights_zh,
       rights_en, licence, terms_zh, terms_en, delivery, quantity)
WHERE '${demo}' = 'true';
