-- Test-only fixture rows (the %test profile adds this location to Flyway's). Writes arrive in
-- later issues; until then the tests read these. Codes start with "tst-" so they never meet the
-- demo data's; divisions are real GB/T 2260 codes chosen to exercise the division filter.

INSERT INTO reading_room (code, name_zh, name_en, host_type, host_name_zh, host_name_en,
                          institution, division, address_zh, lat, lon, seats, status)
VALUES
    ('tst-a01', '金牛社区阅览室', 'Jinniu Community Room', 'COMMUNITY', '金牛区某社区', NULL,
     'jinniu', '510106', '成都市金牛区（测试）', 30.6900, 104.0500, 10, 'ACTIVE'),
    ('tst-a02', '金牛学校阅览室', NULL, 'SCHOOL', '金牛区某小学', 'A primary school',
     'jinniu', '510106', NULL, 30.7000, 104.0400, 25, 'ACTIVE'),
    ('tst-a03', '武侯图书馆阅览室', NULL, 'LIBRARY', '武侯区某图书馆', NULL,
     'wuhou', '510107', NULL, 30.6300, 104.0400, 40, 'ACTIVE'),
    ('tst-b01', '市中区村阅览室', 'Shizhong Village Room', 'VILLAGE', '市中区某村', NULL,
     'shizhong', '511102', '乐山市市中区（测试）', 29.5500, 103.7600, 6, 'ACTIVE'),
    ('tst-b02', '乐山军营阅览室', NULL, 'MILITARY_CAMP', '乐山某营区', NULL,
     'leshan', '511100', NULL, NULL, NULL, 15, 'CLOSED'),
    ('tst-c01', '九寨沟博物馆阅览室', NULL, 'MUSEUM', '九寨沟县某博物馆', NULL,
     'jiuzhaigou', '513225', NULL, NULL, NULL, 12, 'ACTIVE');
