-- Test-only fixture rows (the %test profile adds this location to Flyway's). Codes start with
-- "tst-" so they never meet the demo data's or the tests' own; divisions are real GB/T 2260 codes
-- chosen to exercise the division filter.

INSERT INTO member (code, name_zh, name_en, type, division, status, reason)
VALUES
    ('tst-museum', '测试方志馆', 'Test Gazetteer Museum', 'MUSEUM', '510100', 'APPROVED', NULL),
    ('tst-branch', '测试高校分馆', NULL, 'UNIVERSITY_BRANCH', '510107', 'APPROVED', NULL),
    ('tst-library', '测试图书馆', NULL, 'LIBRARY', '511102', 'APPROVED', NULL),
    ('tst-archive', '测试档案馆', NULL, 'ARCHIVE', '513225', 'APPROVED', NULL),
    ('tst-applied', '申请中的机构', NULL, 'OTHER', '510106', 'APPLIED', NULL),
    ('tst-rejected', '被拒绝的机构', NULL, 'LIBRARY', '510106', 'REJECTED', '材料不全'),
    ('tst-suspended', '被暂停的机构', NULL, 'MUSEUM', '511100', 'SUSPENDED', '长期未履行共享义务');
