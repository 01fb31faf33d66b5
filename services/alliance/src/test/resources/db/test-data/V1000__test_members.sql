-- Test-only fixture rows (the %test profile adds this location to Flyway's). Writes arrive in
-- later issues; until then the tests read these. Codes start with "tst-" so they never meet the
-- demo data's; divisions are real GB/T 2260 codes chosen to exercise the division filter.

INSERT INTO member (code, name_zh, name_en, type, division, status)
VALUES
    ('tst-museum', '测试方志馆', 'Test Gazetteer Museum', 'MUSEUM', '510100', 'APPROVED'),
    ('tst-branch', '测试高校分馆', NULL, 'UNIVERSITY_BRANCH', '510107', 'APPROVED'),
    ('tst-library', '测试图书馆', NULL, 'LIBRARY', '511102', 'APPROVED'),
    ('tst-archive', '测试档案馆', NULL, 'ARCHIVE', '513225', 'APPROVED'),
    ('tst-applied', '申请中的机构', NULL, 'OTHER', '510106', 'APPLIED'),
    ('tst-rejected', '被拒绝的机构', NULL, 'LIBRARY', '510106', 'REJECTED'),
    ('tst-suspended', '被暂停的机构', NULL, 'MUSEUM', '511100', 'SUSPENDED');
