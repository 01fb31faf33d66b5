-- The exhibition trigger's refusals in PostgreSQL's own wording for a violated constraint
-- (... violates check constraint "name"), so that the service recognises each by the constraint's
-- name, as it does the database's own constraints, instead of searching the message. What it
-- checks is unchanged (migration V7); the details go to DETAIL.

CREATE OR REPLACE FUNCTION check_exhibition_exhibits() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF cardinality(NEW.exhibit_ids)
        <> (SELECT count(DISTINCT x) FROM unnest(NEW.exhibit_ids) AS x) THEN
        RAISE EXCEPTION 'new row for relation "exhibition" violates check constraint "exhibition_exhibits_distinct"'
            USING DETAIL = format('An exhibit appears twice in exhibition %s.', NEW.id),
                  ERRCODE = 'check_violation', CONSTRAINT = 'exhibition_exhibits_distinct';
    END IF;
    IF EXISTS (SELECT 1
               FROM unnest(NEW.exhibit_ids) AS x
               WHERE NOT EXISTS (SELECT 1
                                 FROM exhibit e
                                 WHERE e.id = x
                                   AND e.museum_code = NEW.museum_code)) THEN
        RAISE EXCEPTION 'insert or update on table "exhibition" violates foreign key constraint "exhibition_exhibits_of_museum"'
            USING DETAIL = format('Exhibition %s lists an exhibit of another museum or none.', NEW.id),
                  ERRCODE = 'foreign_key_violation', CONSTRAINT = 'exhibition_exhibits_of_museum';
    END IF;
    IF NEW.status = 'PUBLISHED' AND EXISTS (SELECT 1
                                            FROM exhibit e
                                            WHERE e.id = ANY (NEW.exhibit_ids)
                                              AND e.status <> 'PUBLISHED') THEN
        RAISE EXCEPTION 'new row for relation "exhibition" violates check constraint "exhibition_exhibits_published"'
            USING DETAIL = format('Published exhibition %s lists an unpublished exhibit.', NEW.id),
                  ERRCODE = 'check_violation', CONSTRAINT = 'exhibition_exhibits_published';
    END IF;
    RETURN NEW;
END
$$;
