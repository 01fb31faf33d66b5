-- The change feed for harvesters (GET /api/exhibits/changes): every publication, update of a
-- published exhibit and withdrawal, in commit order, kept for good (withdrawals are tombstones).
--
-- A trigger writes the entries, so no code path (API, import, SQL maintenance) can change a
-- published exhibit without the feed knowing. Entries are numbered in commit order: the trigger
-- takes a transaction-scoped advisory lock before drawing the number, so a transaction that got
-- number n commits before any transaction can draw n + 1. A harvester that has read up to n can
-- therefore never miss an entry below n that commits later. Only the short tail of publishing
-- transactions is serialised; curated records change at human pace.

CREATE TABLE exhibit_change (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    exhibit_id  uuid NOT NULL,
    museum_code text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('PUBLISHED', 'UPDATED', 'WITHDRAWN')),
    version     bigint NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION record_exhibit_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    change text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'PUBLISHED' THEN
            change := 'PUBLISHED';
        END IF;
    ELSIF NEW.status = 'PUBLISHED' AND OLD.status <> 'PUBLISHED' THEN
        change := 'PUBLISHED';
    ELSIF OLD.status = 'PUBLISHED' AND NEW.status <> 'PUBLISHED' THEN
        change := 'WITHDRAWN';
    ELSIF NEW.status = 'PUBLISHED' AND NEW.version <> OLD.version THEN
        change := 'UPDATED';
    END IF;
    IF change IS NOT NULL THEN
        -- 7215001: this feed's lock key; held until the transaction ends.
        PERFORM pg_advisory_xact_lock(7215001);
        INSERT INTO exhibit_change (exhibit_id, museum_code, kind, version)
        VALUES (NEW.id, NEW.museum_code, change, NEW.version);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER exhibit_change
    AFTER INSERT OR UPDATE ON exhibit
    FOR EACH ROW EXECUTE FUNCTION record_exhibit_change();

-- Exhibits published before the feed existed (the demo data) enter it in publication order.
INSERT INTO exhibit_change (exhibit_id, museum_code, kind, version, changed_at)
SELECT id, museum_code, 'PUBLISHED', version, updated_at
FROM exhibit
WHERE status IN ('PUBLISHED', 'WITHDRAWN')
ORDER BY updated_at, id;

INSERT INTO exhibit_change (exhibit_id, museum_code, kind, version, changed_at)
SELECT id, museum_code, 'WITHDRAWN', version, updated_at
FROM exhibit
WHERE status = 'WITHDRAWN'
ORDER BY updated_at, id;
