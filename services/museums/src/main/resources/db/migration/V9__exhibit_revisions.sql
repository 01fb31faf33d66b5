-- Edits of published exhibits wait for review. A PUT on a PUBLISHED exhibit stores the proposed
-- record here, beside the exhibit, instead of changing it: the public record, its search column
-- and the change feed (both driven by the exhibit row) keep the approved version until another
-- curator approves the proposal, which then updates the exhibit row itself.
--
-- One row per exhibit that was ever revised; proposal IS NULL means nothing is pending. The row
-- is kept after an approval, rejection or discard so that its version (the revision's ETag) only
-- ever grows: a reviewer holding an old ETag can never approve a later proposal by accident.

CREATE TABLE exhibit_revision (
    exhibit_id  uuid PRIMARY KEY REFERENCES exhibit (id) ON DELETE CASCADE,
    proposal    jsonb,
    author      text,
    proposed_at timestamptz,
    version     bigint NOT NULL DEFAULT 0,
    CONSTRAINT exhibit_revision_complete
        CHECK ((proposal IS NULL) = (author IS NULL) AND (proposal IS NULL) = (proposed_at IS NULL))
);

CREATE INDEX exhibit_revision_pending ON exhibit_revision (exhibit_id) WHERE proposal IS NOT NULL;

-- Only a published exhibit has a pending revision (drafts are edited in place).
CREATE FUNCTION check_exhibit_revision() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.proposal IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM exhibit WHERE id = NEW.exhibit_id AND status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'new row for relation "exhibit_revision" violates check constraint "exhibit_revision_of_published"'
            USING DETAIL = format('Exhibit %s is not published; edit it in place.', NEW.exhibit_id),
                  ERRCODE = 'check_violation', CONSTRAINT = 'exhibit_revision_of_published';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER exhibit_revision_of_published
    BEFORE INSERT OR UPDATE ON exhibit_revision
    FOR EACH ROW EXECUTE FUNCTION check_exhibit_revision();

-- An exhibit that leaves PUBLISHED (withdrawn) drops its pending revision, whatever path changed
-- it. The service discards it first, audited; this only guarantees nothing stale is left.
CREATE FUNCTION discard_exhibit_revision() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE exhibit_revision
    SET proposal = NULL, author = NULL, proposed_at = NULL, version = version + 1
    WHERE exhibit_id = NEW.id AND proposal IS NOT NULL;
    RETURN NULL;
END
$$;

CREATE TRIGGER exhibit_revision_discarded
    AFTER UPDATE OF status ON exhibit
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED' AND NEW.status <> 'PUBLISHED')
    EXECUTE FUNCTION discard_exhibit_revision();

ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check
    CHECK (action IN ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'REJECT', 'WITHDRAW', 'PUBLISH',
                      'PROPOSE_REVISION', 'APPROVE_REVISION', 'REJECT_REVISION',
                      'DISCARD_REVISION'));
