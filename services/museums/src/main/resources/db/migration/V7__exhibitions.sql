-- Exhibitions: a museum's show of its own exhibits, in the order they are shown.
-- The exhibits are an ordered array; the trigger below keeps the invariants a join table's keys
-- would: each exhibit at most once, each one an exhibit of the same museum, and a published
-- exhibition showing published exhibits only.

CREATE TABLE exhibition (
    id             uuid PRIMARY KEY,
    museum_code    text NOT NULL REFERENCES museum (code),
    title_zh       text NOT NULL CHECK (btrim(title_zh) <> ''),
    title_en       text,
    description_zh text,
    description_en text,
    starts_on      date NOT NULL CHECK (starts_on BETWEEN '1900-01-01' AND '2199-12-31'),
    ends_on        date CHECK (ends_on BETWEEN '1900-01-01' AND '2199-12-31'),
    travelling     boolean NOT NULL DEFAULT false,
    exhibit_ids    uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(exhibit_ids) <= 500),
    status         text NOT NULL DEFAULT 'DRAFT'
                   CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    created_by     text NOT NULL,
    demo           boolean NOT NULL DEFAULT false,
    version        bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK (status <> 'PUBLISHED' OR cardinality(exhibit_ids) > 0)
);

-- Public lists: published, by start date (newest first); a museum's own list.
CREATE INDEX exhibition_published ON exhibition (starts_on DESC, id DESC)
    WHERE status = 'PUBLISHED';
CREATE INDEX exhibition_museum ON exhibition (museum_code, status, starts_on DESC, id DESC);

CREATE FUNCTION check_exhibition_exhibits() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF cardinality(NEW.exhibit_ids)
        <> (SELECT count(DISTINCT x) FROM unnest(NEW.exhibit_ids) AS x) THEN
        RAISE EXCEPTION 'an exhibit appears twice in exhibition %', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'exhibition_exhibits_distinct';
    END IF;
    IF EXISTS (SELECT 1
               FROM unnest(NEW.exhibit_ids) AS x
               WHERE NOT EXISTS (SELECT 1
                                 FROM exhibit e
                                 WHERE e.id = x
                                   AND e.museum_code = NEW.museum_code)) THEN
        RAISE EXCEPTION 'exhibition % lists an exhibit of another museum or none', NEW.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'exhibition_exhibits_of_museum';
    END IF;
    IF NEW.status = 'PUBLISHED' AND EXISTS (SELECT 1
                                            FROM exhibit e
                                            WHERE e.id = ANY (NEW.exhibit_ids)
                                              AND e.status <> 'PUBLISHED') THEN
        RAISE EXCEPTION 'published exhibition % lists an unpublished exhibit', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'exhibition_exhibits_published';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER exhibition_exhibits
    BEFORE INSERT OR UPDATE OF exhibit_ids, status, museum_code ON exhibition
    FOR EACH ROW EXECUTE FUNCTION check_exhibition_exhibits();

-- Exhibitions are audited like museums and exhibits; publishing is a new action.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_record_type_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_record_type_check
    CHECK (record_type IN ('MUSEUM', 'EXHIBIT', 'EXHIBITION'));
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check
    CHECK (action IN ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'REJECT', 'WITHDRAW', 'PUBLISH'));

-- A demo exhibition of the provincial museum, published, with its published demo exhibits.
INSERT INTO exhibition (id, museum_code, title_zh, title_en, description_zh, starts_on, ends_on,
                        travelling, exhibit_ids, status, created_by, demo)
SELECT '00000000-0000-4000-8000-0000000000e1', 'sichuan', '巴蜀方志展（演示）',
       'Gazetteers of Bashu (demo)', '四川方志馆藏志书年鉴精选（演示记录）。', DATE '2026-10-01',
       DATE '2027-03-31', true, array_agg(id ORDER BY inventory_no), 'PUBLISHED', 'demo', true
FROM exhibit
WHERE demo AND museum_code = 'sichuan' AND status = 'PUBLISHED'
HAVING count(*) > 0;
