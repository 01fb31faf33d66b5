-- Demo data for the local network (GAZETTEER_DEMO_DATA=true): a handful of the rooms managed by
-- wuhou (成都市武侯区, 510107), whose staff user is staff.wuhou. Real division code,
-- plausible records, every row marked demo = true. The full register of 646 rooms comes later.
-- Runs once, like every versioned migration; with demo data off it inserts nothing.

INSERT INTO reading_room (code, name_zh, name_en, host_type, host_name_zh, host_name_en,
                          institution, division, address_zh, lat, lon, seats, demo)
SELECT v.code, v.name_zh, v.name_en, v.host_type, v.host_name_zh, v.host_name_en, 'wuhou',
       '510107', v.address_zh, v.lat, v.lon, v.seats, true
FROM (VALUES
    ('wuhou-001', '武侯区史志阅览室', 'Wuhou District Local History Reading Room', 'AGENCY',
     '成都市武侯区地方志办公室', 'Wuhou District Gazetteer Office',
     '四川省成都市武侯区（演示地址）', 30.6420, 104.0430, 30),
    ('wuhou-002', '玉林社区史志阅览室', 'Yulin Community Reading Room', 'COMMUNITY',
     '武侯区玉林街道玉林社区', 'Yulin Community, Yulin Subdistrict',
     '四川省成都市武侯区玉林街道（演示地址）', 30.6330, 104.0560, 12),
    ('wuhou-003', '武侯祠史志阅览室', 'Wuhou Shrine Reading Room', 'MUSEUM',
     '成都武侯祠博物馆', 'Chengdu Wuhou Shrine Museum',
     '四川省成都市武侯区武侯祠大街（演示地址）', 30.6460, 104.0480, 20),
    ('wuhou-004', '武侯区图书馆史志阅览室', 'Wuhou District Library Reading Room', 'LIBRARY',
     '成都市武侯区图书馆', 'Wuhou District Library',
     '四川省成都市武侯区（演示地址）', 30.6250, 104.0400, 40),
    ('wuhou-005', '武侯实验中学史志阅览室', 'Wuhou Experimental Middle School Reading Room',
     'SCHOOL', '成都市武侯实验中学', 'Chengdu Wuhou Experimental Middle School',
     '四川省成都市武侯区（演示地址）', 30.6380, 104.0350, 16),
    ('wuhou-006', '簇桥街道企业史志阅览室', 'Cuqiao Enterprise Reading Room', 'ENTERPRISE',
     '武侯区簇桥街道某企业（演示）', 'An enterprise in Cuqiao Subdistrict (demo)',
     '四川省成都市武侯区簇桥街道（演示地址）', 30.6010, 104.0190, 8)
) AS v(code, name_zh, name_en, host_type, host_name_zh, host_name_en, address_zh, lat, lon, seats)
WHERE '${demo}' = 'true';
