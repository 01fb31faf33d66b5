-- Demo data for the local network (GAZETTEER_DEMO_DATA=true): real division codes (GB/T 2260),
-- plausible records, every row marked demo = true. Runs once, like every versioned migration;
-- with demo data off it inserts nothing.

INSERT INTO museum (code, name_zh, name_en, kind, parent_code, division, address_zh, lat, lon,
                    opening_hours, phone, website, demo)
SELECT v.code, v.name_zh, v.name_en, v.kind, NULL, v.division, v.address_zh, v.lat, v.lon,
       '{"weekly": [{"days":["TUE","WED","THU","FRI","SAT","SUN"],"opens":"09:00","closes":"17:00"}]}'::jsonb,
       v.phone, NULL, true
FROM (VALUES
    ('sichuan', '四川省方志馆', 'Sichuan Provincial Gazetteer Museum', 'PROVINCIAL', '510000',
     '四川省成都市（演示地址）', 30.6570, 104.0660, '028-00000000'),
    ('chengdu', '成都方志馆', 'Chengdu Gazetteer Museum', 'CITY', '510100',
     '四川省成都市青羊区（演示地址）', 30.6700, 104.0570, '028-00000001'),
    ('leshan', '乐山方志馆', 'Leshan Gazetteer Museum', 'CITY', '511100',
     '四川省乐山市市中区（演示地址）', 29.5520, 103.7660, '0833-0000000'),
    ('mianyang', '绵阳方志馆', 'Mianyang Gazetteer Museum', 'CITY', '510700',
     '四川省绵阳市涪城区（演示地址）', 31.4680, 104.6790, '0816-0000000'),
    ('zigong', '自贡方志馆', 'Zigong Gazetteer Museum', 'CITY', '510300',
     '四川省自贡市自流井区（演示地址）', 29.3390, 104.7790, '0813-0000000'),
    ('yibin', '宜宾方志馆', 'Yibin Gazetteer Museum', 'CITY', '511500',
     '四川省宜宾市翠屏区（演示地址）', 28.7700, 104.6430, '0831-0000000'),
    ('dujiangyan', '都江堰市方志馆', 'Dujiangyan Gazetteer Museum', 'COUNTY', '510181',
     '四川省都江堰市（演示地址）', 30.9980, 103.6190, '028-00000002'),
    ('jiuzhaigou', '九寨沟县方志馆', 'Jiuzhaigou County Gazetteer Museum', 'COUNTY', '513225',
     '四川省阿坝藏族羌族自治州九寨沟县（演示地址）', 33.2520, 104.2370, '0837-0000000')
) AS v(code, name_zh, name_en, kind, division, address_zh, lat, lon, phone)
WHERE '${demo}' = 'true';

INSERT INTO museum (code, name_zh, name_en, kind, parent_code, division, address_zh, lat, lon,
                    opening_hours, demo)
SELECT v.code, v.name_zh, v.name_en, 'UNIVERSITY_BRANCH', 'sichuan', v.division, v.address_zh,
       v.lat, v.lon,
       '{"weekly": [{"days":["MON","TUE","WED","THU","FRI"],"opens":"08:30","closes":"17:30"}]}'::jsonb, true
FROM (VALUES
    ('scu-branch', '四川省方志馆四川大学分馆', 'Sichuan University Branch', '510107',
     '四川省成都市武侯区（演示地址）', 30.6300, 104.0830),
    ('swjtu-branch', '四川省方志馆西南交通大学分馆', 'Southwest Jiaotong University Branch',
     '510106', '四川省成都市金牛区（演示地址）', 30.6970, 104.0510),
    ('cwnu-branch', '四川省方志馆西华师范大学分馆', 'China West Normal University Branch',
     '511302', '四川省南充市顺庆区（演示地址）', 30.8170, 106.0840)
) AS v(code, name_zh, name_en, division, address_zh, lat, lon)
WHERE '${demo}' = 'true';

INSERT INTO exhibit (id, museum_code, inventory_no, title_zh, title_en, category, work_type,
                     dating_label, dating_from, dating_to, description_zh, keywords, status,
                     created_by, submitted_by, demo)
SELECT v.id::uuid, v.museum, v.inventory_no, v.title_zh, v.title_en, v.category, v.work_type,
       v.label, v.year_from, v.year_to, v.description, v.keywords, 'PUBLISHED', 'demo', 'demo', true
FROM (VALUES
    ('00000000-0000-4000-8000-000000000001', 'sichuan', 'SC-DEMO-0001', '四川扶贫志',
     'Sichuan Poverty Alleviation Gazetteer', 'DOCUMENTS', 'GAZETTEER', '2021年', 2021, 2021,
     '记述四川脱贫攻坚历程的专志（演示记录）。', ARRAY['扶贫', '脱贫攻坚']),
    ('00000000-0000-4000-8000-000000000002', 'sichuan', 'SC-DEMO-0002', '大熊猫图志（英文版）',
     'Illustrated Gazetteer of the Giant Panda (English edition)', 'DOCUMENTS',
     'ILLUSTRATED_GAZETTEER', '2022年', 2022, 2022,
     '以图为主记述大熊猫的图志英文版（演示记录）。', ARRAY['大熊猫', '熊猫', 'panda']),
    ('00000000-0000-4000-8000-000000000003', 'jiuzhaigou', 'JZG-DEMO-0001', '九寨沟图志',
     'Illustrated Gazetteer of Jiuzhaigou', 'DOCUMENTS', 'ILLUSTRATED_GAZETTEER', '2020年',
     2020, 2020, '九寨沟的自然与人文图志（演示记录）。', ARRAY['九寨沟']),
    ('00000000-0000-4000-8000-000000000004', 'chengdu', 'CD-DEMO-0001', '成都县志（清刻本）',
     'Chengdu County Gazetteer (Qing woodblock edition)', 'ANCIENT_BOOKS', 'GAZETTEER',
     '清同治十二年', 1873, 1873, '清代成都县志刻本（演示记录）。', ARRAY['县志', '刻本']),
    ('00000000-0000-4000-8000-000000000005', 'leshan', 'LS-DEMO-0001', '嘉定府舆图',
     'Map of Jiading Prefecture', 'ARCHIVES', 'MAP', '清', 1644, 1911,
     '清代嘉定府（今乐山）舆图（演示记录）。', ARRAY['舆图', '嘉定']),
    ('00000000-0000-4000-8000-000000000006', 'sichuan', 'SC-DEMO-0003', '巴蜀史志',
     'Bashu History and Gazetteers (journal)', 'DOCUMENTS', 'JOURNAL', NULL, NULL, NULL,
     '地方志工作期刊《巴蜀史志》（演示记录）。', ARRAY['期刊'])
) AS v(id, museum, inventory_no, title_zh, title_en, category, work_type, label, year_from,
       year_to, description, keywords)
WHERE '${demo}' = 'true';
