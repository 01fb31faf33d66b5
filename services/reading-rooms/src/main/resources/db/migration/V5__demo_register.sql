-- Demo data for the local network (GAZETTEER_DEMO_DATA=true): the rest of the register of 646
-- reading rooms (the 6 rooms of wuhou come from V2), generated deterministically over Sichuan's 21
-- cities/prefectures with their real division codes and county-level divisions, located around a
-- point inside each. Names, seats, hours, closures and holdings are plausible demo values, every
-- row marked demo = true: they are not the office's data. With demo data off it inserts nothing.

-- 640 generated rooms. Per city/prefecture: code, slug (the rooms' code prefix and managing
-- institution), a point inside it, how far (degrees) its rooms scatter, how many rooms it gets.
-- Room i of a prefecture lies in its ((i - 1) mod n + 1)-th county-level division. Rooms in
-- 武侯区 (510107) are managed by wuhou, like the 6 of V2, so the demo user staff.wuhou has them.
INSERT INTO reading_room (code, name_zh, name_en, host_type, host_name_zh, host_name_en,
                          institution, division, address_zh, lat, lon, seats, schedule,
                          facilities, slot_minutes, demo)
WITH prefecture (idx, code, slug, lat, lon, spread_lat, spread_lon, rooms) AS (VALUES
    (1, '510100', 'chengdu', 30.66, 104.07, 0.20, 0.25, 124),
    (2, '510300', 'zigong', 29.34, 104.78, 0.10, 0.15, 22),
    (3, '510400', 'panzhihua', 26.58, 101.72, 0.10, 0.15, 14),
    (4, '510500', 'luzhou', 28.87, 105.44, 0.15, 0.15, 32),
    (5, '510600', 'deyang', 31.13, 104.40, 0.15, 0.15, 28),
    (6, '510700', 'mianyang', 31.47, 104.68, 0.20, 0.20, 36),
    (7, '510800', 'guangyuan', 32.44, 105.84, 0.20, 0.20, 24),
    (8, '510900', 'suining', 30.53, 105.59, 0.15, 0.15, 24),
    (9, '511000', 'neijiang', 29.58, 105.06, 0.12, 0.12, 24),
    (10, '511100', 'leshan', 29.55, 103.77, 0.15, 0.15, 28),
    (11, '511300', 'nanchong', 30.84, 106.11, 0.20, 0.20, 44),
    (12, '511400', 'meishan', 30.08, 103.85, 0.12, 0.12, 22),
    (13, '511500', 'yibin', 28.77, 104.64, 0.20, 0.20, 36),
    (14, '511600', 'guangan', 30.46, 106.63, 0.12, 0.12, 24),
    (15, '511700', 'dazhou', 31.21, 107.47, 0.20, 0.20, 40),
    (16, '511800', 'yaan', 29.98, 103.01, 0.15, 0.15, 16),
    (17, '511900', 'bazhong', 31.87, 106.75, 0.20, 0.20, 24),
    (18, '512000', 'ziyang', 30.13, 104.63, 0.12, 0.12, 18),
    (19, '513200', 'aba', 31.90, 102.22, 0.30, 0.30, 14),
    (20, '513300', 'ganzi', 30.30, 101.50, 0.35, 0.35, 16),
    (21, '513400', 'liangshan', 27.89, 102.27, 0.30, 0.30, 30)
),
-- Host types ("七进" places, libraries, museums) by position, with demo place names.
host (k, host_type, label_zh, place_zh, label_en) AS (VALUES
    (0, 'AGENCY', '机关', '党政机关', 'agency'), (1, 'VILLAGE', '农村', '某村', 'village'),
    (2, 'COMMUNITY', '社区', '某社区', 'community'), (3, 'SCHOOL', '学校', '某学校', 'school'),
    (4, 'ENTERPRISE', '企业', '某企业', 'enterprise'),
    (5, 'MILITARY_CAMP', '军营', '某营区', 'military camp'),
    (6, 'LIBRARY', '图书馆', '图书馆', 'library'), (7, 'MUSEUM', '博物馆', '博物馆', 'museum')
),
-- Four weekly patterns (Asia/Shanghai).
hours (k, weekly) AS (VALUES
    (0, '[{"days": ["TUE", "WED", "THU", "FRI", "SAT", "SUN"], "opens": "09:00", "closes": "17:00"}]'::jsonb),
    (1, '[{"days": ["MON", "TUE", "WED", "THU", "FRI"], "opens": "08:30", "closes": "12:00"},
          {"days": ["MON", "TUE", "WED", "THU", "FRI"], "opens": "14:00", "closes": "17:30"}]'::jsonb),
    (2, '[{"days": ["MON", "TUE", "WED", "THU", "FRI", "SAT"], "opens": "09:00", "closes": "18:00"}]'::jsonb),
    (3, '[{"days": ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], "opens": "09:00", "closes": "21:00"}]'::jsonb)
),
county AS (
    SELECT code, name_zh, parent,
           row_number() OVER (PARTITION BY parent ORDER BY code) AS n,
           count(*) OVER (PARTITION BY parent) AS total
    FROM division WHERE level = 'COUNTY'
),
room AS (
    SELECT p.*, g.i, c.code AS county, c.name_zh AS county_zh,
           ((g.i * 3 + p.idx) % 8) AS host_k,
           ((g.i + p.idx) % 4) AS hours_k
    FROM prefecture p
    CROSS JOIN LATERAL generate_series(1, p.rooms) AS g(i)
    JOIN county c ON c.parent = p.code AND c.n = (g.i - 1) % c.total + 1
)
SELECT r.slug || '-' || lpad(r.i::text, 3, '0'),
       r.county_zh || h.label_zh || '史志阅览室（演示' || r.i || '）',
       'Demo ' || h.label_en || ' reading room ' || r.slug || '-' || lpad(r.i::text, 3, '0'),
       h.host_type,
       r.county_zh || h.place_zh || '（演示）',
       NULL,
       CASE WHEN r.county = '510107' THEN 'wuhou' ELSE r.slug END,
       r.county,
       '四川省' || r.county_zh || '（演示地址）',
       round((r.lat + r.spread_lat * (2 * ((r.i * 37 + r.idx * 11) % 101) / 100.0 - 1))::numeric, 4),
       round((r.lon + r.spread_lon * (2 * ((r.i * 53 + r.idx * 29) % 97) / 96.0 - 1))::numeric, 4),
       8 + (r.i * 7 + r.idx) % 33,
       jsonb_build_object(
           'weekly', w.weekly,
           'closures',
           '[{"from": "2027-01-01", "to": "2027-01-01", "reason": {"zh": "元旦闭馆", "en": "New Year''s Day"}},
             {"from": "2027-02-05", "to": "2027-02-11", "reason": {"zh": "春节闭馆", "en": "Spring Festival"}}]'::jsonb
           || CASE WHEN h.host_type = 'SCHOOL'
                   THEN '[{"from": "2027-01-18", "to": "2027-02-21", "reason": {"zh": "寒假闭馆", "en": "Winter holidays"}}]'::jsonb
                   ELSE '[]'::jsonb END),
       array_remove(ARRAY[
           CASE WHEN r.i % 5 <> 0 THEN 'WIFI' END,
           CASE WHEN r.i % 2 = 0 THEN 'POWER_OUTLETS' END,
           CASE WHEN (r.i + r.idx) % 3 = 0 THEN 'ACCESSIBLE' END,
           CASE WHEN h.host_type IN ('LIBRARY', 'MUSEUM') OR r.i % 4 = 0 THEN 'DIGITAL_TERMINALS' END,
           CASE WHEN r.i % 6 = 1 THEN 'COPYING' END,
           CASE WHEN h.host_type = 'COMMUNITY' THEN 'CHILDREN_CORNER' END,
           CASE WHEN r.i % 7 = 2 THEN 'LOCKERS' END,
           CASE WHEN h.host_type IN ('ENTERPRISE', 'AGENCY') THEN 'PARKING' END], NULL),
       CASE r.i % 5 WHEN 0 THEN 90 WHEN 1 THEN 60 ELSE 120 END,
       true
FROM room r
JOIN host h ON h.k = r.host_k
JOIN hours w ON w.k = r.hours_k
WHERE '${demo}' = 'true';

-- Hours, closures and facilities of the 6 demo rooms of wuhou (V2).
UPDATE reading_room r
SET schedule = jsonb_build_object(
        'weekly', v.weekly::jsonb,
        'closures',
        '[{"from": "2027-01-01", "to": "2027-01-01", "reason": {"zh": "元旦闭馆", "en": "New Year''s Day"}},
          {"from": "2027-02-05", "to": "2027-02-11", "reason": {"zh": "春节闭馆", "en": "Spring Festival"}}]'::jsonb),
    facilities = v.facilities::text[]
FROM (VALUES
    ('wuhou-001', '[{"days": ["MON", "TUE", "WED", "THU", "FRI"], "opens": "09:00", "closes": "17:00"}]',
     '{WIFI,POWER_OUTLETS,ACCESSIBLE,COPYING,PARKING}'),
    ('wuhou-002', '[{"days": ["TUE", "WED", "THU", "FRI", "SAT", "SUN"], "opens": "09:00", "closes": "17:00"}]',
     '{WIFI,CHILDREN_CORNER}'),
    ('wuhou-003', '[{"days": ["TUE", "WED", "THU", "FRI", "SAT", "SUN"], "opens": "09:00", "closes": "17:00"}]',
     '{WIFI,ACCESSIBLE,DIGITAL_TERMINALS,LOCKERS}'),
    ('wuhou-004', '[{"days": ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], "opens": "09:00", "closes": "21:00"}]',
     '{WIFI,POWER_OUTLETS,ACCESSIBLE,DIGITAL_TERMINALS,COPYING,LOCKERS}'),
    ('wuhou-005', '[{"days": ["MON", "TUE", "WED", "THU", "FRI"], "opens": "08:30", "closes": "12:00"},
                    {"days": ["MON", "TUE", "WED", "THU", "FRI"], "opens": "14:00", "closes": "17:30"}]',
     '{WIFI}'),
    ('wuhou-006', '[{"days": ["MON", "TUE", "WED", "THU", "FRI", "SAT"], "opens": "09:00", "closes": "18:00"}]',
     '{WIFI,POWER_OUTLETS,PARKING}')
) AS v(code, weekly, facilities)
WHERE r.code = v.code AND r.demo AND '${demo}' = 'true';

-- Holdings of every demo room: works the bulletin names (no edition years invented for them),
-- the journal 《巴蜀史志》 everywhere, and the county's yearbook. Ids derive from room and title,
-- so the data is the same on every load.
INSERT INTO holding (id, room_code, title_zh, title_en, work_type, edition_year, copies,
                     shelf_mark, demo)
SELECT md5(r.code || '/' || w.title_zh)::uuid, r.code, w.title_zh, w.title_en, w.work_type,
       w.edition_year, 1 + (r.i + w.ord) % 3,
       'K29/' || lpad(((r.i * 7 + w.ord * 131) % 1000)::text, 3, '0'), true
FROM (SELECT code, division, row_number() OVER (ORDER BY code) AS i
      FROM reading_room WHERE demo) r
JOIN division d ON d.code = r.division
CROSS JOIN LATERAL (VALUES
    (1, '四川扶贫志', 'Sichuan Poverty Alleviation Gazetteer', 'GAZETTEER', NULL::integer,
     r.i % 3 = 0),
    (2, '四川全面小康志', 'Sichuan Moderately Prosperous Society Gazetteer', 'GAZETTEER', NULL,
     r.i % 4 = 1),
    (3, '九寨沟图志', 'Illustrated Gazetteer of Jiuzhaigou', 'ILLUSTRATED_GAZETTEER', NULL,
     r.i % 5 = 2 OR r.division LIKE '5132%'),
    (4, '大熊猫图志', 'Illustrated Gazetteer of the Giant Panda (English edition)',
     'ILLUSTRATED_GAZETTEER', NULL, r.i % 6 = 3 OR r.division LIKE '5118%'),
    (5, '巴蜀史志', 'Bashu History and Gazetteers (journal)', 'JOURNAL', NULL, true),
    (6, '四川地理标志产品大观', 'Sichuan Geographical Indication Products', 'OTHER', NULL,
     r.i % 7 = 4),
    (7, d.name_zh || '年鉴', NULL, 'YEARBOOK', 2022, true)
) AS w(ord, title_zh, title_en, work_type, edition_year, held)
WHERE w.held AND '${demo}' = 'true';
