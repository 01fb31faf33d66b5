-- Test-only fixture rows (the %test profile adds this location to Flyway's). Writes arrive in
-- later issues; until then the tests read these. Ids start with 0000…-7000- so they never meet the
-- demo data's; created_at is explicit so "newest first" has a known order.

INSERT INTO event (id, title_zh, title_en, target, kind, organizer, division, status, created_by,
                   created_at)
VALUES
    ('00000000-0000-7000-8000-000000000001', '成都讲座', 'Chengdu lecture', 'AGENCY', 'LECTURE',
     'chengdu', '510104', 'PUBLISHED', 'organizer.chengdu', '2026-01-01T10:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000002', '成都校园导览', NULL, 'SCHOOL', 'EXHIBITION_TOUR',
     'chengdu', '510107', 'PUBLISHED', 'organizer.chengdu', '2026-01-02T10:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000003', '乐山乡村工作坊', NULL, 'VILLAGE', 'WORKSHOP',
     'leshan', '511102', 'PUBLISHED', 'organizer.leshan', '2026-01-03T10:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000004', '线上短视频征集', NULL, 'ONLINE',
     'SHORT_VIDEO_CAMPAIGN', 'sichuan', '510000', 'PUBLISHED', 'admin', '2026-01-04T10:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000005', '成都草稿活动', NULL, 'COMMUNITY', 'READING',
     'chengdu', '510104', 'DRAFT', 'organizer.chengdu', '2026-01-05T10:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000006', '乐山草稿活动', NULL, 'MILITARY_CAMP', 'OTHER',
     'leshan', '511100', 'DRAFT', 'organizer.leshan', '2026-01-06T10:00:00+08:00'),
    ('00000000-0000-7000-8000-000000000007', '成都已取消活动', NULL, 'ENTERPRISE', 'LECTURE',
     'chengdu', '510106', 'CANCELLED', 'organizer.chengdu', '2026-01-07T10:00:00+08:00');
