-- The audit trail (table audit_entry, from common's migrations): the kinds of record and the
-- actions this service audits. Later migrations widen both lists as records and actions are added.

ALTER TABLE audit_entry
    ADD CONSTRAINT audit_entry_record_type_check CHECK (record_type IN ('MUSEUM', 'EXHIBIT')),
    ADD CONSTRAINT audit_entry_action_check
        CHECK (action IN ('CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'REJECT', 'WITHDRAW'));
