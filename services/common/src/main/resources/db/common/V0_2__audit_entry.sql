-- The audit trail: who changed which record when, and which fields (old → new). Written in the
-- same transaction as the change it records; rows are never updated. Each service names its own
-- kinds of record and actions with the constraints audit_entry_record_type_check and
-- audit_entry_action_check in its own migrations.

CREATE TABLE audit_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_type text NOT NULL,
    record_id   text NOT NULL CHECK (record_id <> ''),
    version     bigint NOT NULL CHECK (version >= 0),
    action      text NOT NULL,
    actor       text NOT NULL CHECK (actor <> ''),
    at          timestamptz NOT NULL DEFAULT now(),
    changes     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(changes) = 'object'),
    reason      text
);

-- A record's history, oldest first.
CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id, id);
