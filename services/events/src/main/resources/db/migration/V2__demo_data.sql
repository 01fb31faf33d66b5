-- Demo data for the local network (GAZETTEER_DEMO_DATA=true): published events organized by
-- chengdu, whose organizer user is organizer.chengdu, at its museum, a reading room of wuhou, an
-- address and online, each with sessions from a few days to some weeks after the day the network
-- first started. Real division codes, plausible records, every row marked demo = true. Runs once,
-- like every versioned migration; with demo data off it inserts nothing.

INSERT INTO event (id, title_zh, title_en, description_zh, target, kind, organizer, division,
                   venue_type, venue_code, venue_name_zh, venue_name_en, venue_address_zh,
                   venue_lat, venue_lon, venue_url, status, created_by, demo, published_at)
SELECT v.id::uuid, v.title_zh, v.title_en, v.description_zh, v.target, v.kind, 'chengdu',
       v.division, v.venue_type, v.venue_code, v.venue_name_zh, v.venue_name_en,
       v.venue_address_zh, v.lat, v.lon, v.url, 'PUBLISHED', 'demo', true, now()
FROM (VALUES
    ('00000000-0000-4000-8000-00000000e001', '方志文化进校园：成都的城与史',
     'Gazetteer culture on campus: the city and history of Chengdu',
     '成都方志馆走进中学课堂，讲述成都建城史（演示记录）。', 'SCHOOL', 'CAMPUS_PROGRAM', '510107',
     'ADDRESS', NULL, NULL, NULL, '成都市武侯区（演示中学）', 30.642, 104.043, NULL),
    ('00000000-0000-4000-8000-00000000e002', '史志进社区：《四川扶贫志》读书会',
     'Gazetteers in the community: reading the Sichuan Poverty Alleviation Gazetteer',
     '在社区阅览室共读《四川扶贫志》（演示记录）。', 'COMMUNITY', 'READING', '510107',
     'READING_ROOM', 'wuhou-001', '武侯区史志阅览室（演示）', 'Wuhou reading room (demo)',
     NULL, NULL, NULL, NULL),
    ('00000000-0000-4000-8000-00000000e003', '成都方志馆专题讲座：天府之国的地方志',
     'Lecture at the Chengdu gazetteer museum: the gazetteers of the Land of Abundance',
     '成都方志馆主讲，面向机关干部（演示记录）。', 'AGENCY', 'LECTURE', '510104',
     'MUSEUM', 'chengdu', '成都方志馆', 'Chengdu Gazetteer Museum', NULL, NULL, NULL, NULL),
    ('00000000-0000-4000-8000-00000000e004', '“我与方志”短视频征集',
     '"Gazetteers and me" short-video campaign',
     '线上征集讲述地方志故事的短视频（演示记录）。', 'ONLINE', 'SHORT_VIDEO_CAMPAIGN', '510100',
     'ONLINE', NULL, NULL, NULL, NULL, NULL, NULL, 'https://live.example.org/chengdu-fangzhi')
) AS v(id, title_zh, title_en, description_zh, target, kind, division, venue_type, venue_code,
       venue_name_zh, venue_name_en, venue_address_zh, lat, lon, url)
WHERE '${demo}' = 'true';

-- Sessions at 14:00 Asia/Shanghai, days after the first start; capacities in people.
INSERT INTO event_session (id, event_id, starts_at, ends_at, capacity)
SELECT v.id::uuid, v.event_id::uuid,
       (current_date + v.days) + time '14:00' AT TIME ZONE 'Asia/Shanghai',
       (current_date + v.days) + time '14:00' AT TIME ZONE 'Asia/Shanghai' + v.hours * interval '1 hour',
       v.capacity
FROM (VALUES
    ('00000000-0000-4000-8000-0000000e0011', '00000000-0000-4000-8000-00000000e001', 7, 2, 45),
    ('00000000-0000-4000-8000-0000000e0012', '00000000-0000-4000-8000-00000000e001', 14, 2, 45),
    ('00000000-0000-4000-8000-0000000e0021', '00000000-0000-4000-8000-00000000e002', 5, 2, 20),
    ('00000000-0000-4000-8000-0000000e0031', '00000000-0000-4000-8000-00000000e003', 10, 2, 120),
    ('00000000-0000-4000-8000-0000000e0041', '00000000-0000-4000-8000-00000000e004', 1, 24 * 30, 10000)
) AS v(id, event_id, days, hours, capacity)
WHERE '${demo}' = 'true';
