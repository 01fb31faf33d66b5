-- The audit trail (DESIGN §5): who changed which record when, and which fields (old → new).
-- Written in the same transaction as the change it records; rows are never updated.

CREATE TABLE audit_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_type text NOT NULL CHECK (record_type IN ('MUSEUM', 'EXHIBIT')),
    record_id   text NOT NULL,
    version     bigint NOT NULL,
    action      text NOT NULL
                CHECK (action IN ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'REJECT', 'WITHDRAW')),
    actor       text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    changes     jsonb NOT NULL DEFAULT '{}',
    reason      text
);

CREATE INDEX audit_entry_record ON audit_entry (record_type, record_id, id);
