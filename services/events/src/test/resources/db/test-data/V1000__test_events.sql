-- Test-only fixture rows (the %test profile adds this location to Flyway's). Ids start with
-- 0000…-7000- so they never meet the demo data's or the tests' own. Sessions lie days after the
-- day the tests run, so the fixtures are always upcoming, in a known order.

INSERT INTO event (id, title_zh, title_en, target, kind, organizer, division, venue_type,
                   venue_address_zh, venue_url, status, cancel_reason, created_by)
VALUES
    ('00000000-0000-7000-8000-000000000001', '成都讲座', 'Chengdu lecture', 'AGENCY', 'LECTURE',
     'chengdu', '510104', 'ADDRESS', '成都市锦江区', NULL, 'PUBLISHED', NULL, 'organizer.chengdu'),
    ('00000000-0000-7000-8000-000000000002', '成都校园导览', NULL, 'SCHOOL', 'EXHIBITION_TOUR',
     'chengdu', '510107', 'ADDRESS', '成都市武侯区', NULL, 'PUBLISHED', NULL, 'organizer.chengdu'),
    ('00000000-0000-7000-8000-000000000003', '乐山乡村工作坊', NULL, 'VILLAGE', 'WORKSHOP',
     'leshan', '511102', 'ADDRESS', '乐山市市中区', NULL, 'PUBLISHED', NULL, 'organizer.leshan'),
    ('00000000-0000-7000-8000-000000000004', '线上短视频征集', NULL, 'ONLINE',
     'SHORT_VIDEO_CAMPAIGN', 'sichuan', '510000', 'ONLINE', NULL, 'https://live.example.org/a',
     'PUBLISHED', NULL, 'admin'),
    ('00000000-0000-7000-8000-000000000005', '成都草稿活动', NULL, 'COMMUNITY', 'READING',
     'chengdu', '510104', 'ADDRESS', '成都市锦江区', NULL, 'DRAFT', NULL, 'organizer.chengdu'),
    ('00000000-0000-7000-8000-000000000006', '乐山草稿活动', NULL, 'MILITARY_CAMP', 'OTHER',
     'leshan', '511100', 'ADDRESS', '乐山市', NULL, 'DRAFT', NULL, 'organizer.leshan'),
    ('00000000-0000-7000-8000-000000000007', '成都已取消活动', NULL, 'ENTERPRISE', 'LECTURE',
     'chengdu', '510106', 'ADDRESS', '成都市金牛区', NULL, 'CANCELLED', '场地维修',
     'organizer.chengdu');

-- One session each, the n-th event n days ahead at 10:00 in Sichuan, so "earliest first" has a
-- known order and no session runs over midnight (a date range then means the same at any hour).
INSERT INTO event_session (id, event_id, starts_at, ends_at, capacity, status, cancel_reason)
SELECT ('00000000-0000-7000-8000-0000000001' || lpad(n::text, 2, '0'))::uuid,
       ('00000000-0000-7000-8000-0000000000' || lpad(n::text, 2, '0'))::uuid,
       (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + n * interval '1 day'
        + interval '10 hours') AT TIME ZONE 'Asia/Shanghai',
       (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + n * interval '1 day'
        + interval '12 hours') AT TIME ZONE 'Asia/Shanghai', 30,
       CASE WHEN n = 7 THEN 'CANCELLED' ELSE 'SCHEDULED' END,
       CASE WHEN n = 7 THEN 'EVENT_CANCELLED' END
FROM generate_series(1, 7) AS n;
