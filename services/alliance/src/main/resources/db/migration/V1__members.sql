-- Member institutions of the alliance of history and gazetteer venues (四川省史志馆联盟).
-- An institution applies; network admins approve, reject, suspend and reinstate it.
-- The code is the institution's code, the one its users carry as their token's `institution`.

CREATE TABLE member (
    code          text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name_zh       text NOT NULL CHECK (btrim(name_zh) <> ''),
    name_en       text,
    type          text NOT NULL
                  CHECK (type IN ('MUSEUM', 'UNIVERSITY_BRANCH', 'LIBRARY', 'ARCHIVE', 'OTHER')),
    division      text NOT NULL,
    -- The institution's public contact (not a person's): phone, e-mail, website.
    contact_phone text CHECK (char_length(contact_phone) <= 40),
    contact_email text CHECK (char_length(contact_email) <= 254),
    contact_website text CHECK (contact_website ~ '^https?://'),
    -- Why it applies (internal: the applicant and admins read it).
    statement     text CHECK (char_length(statement) <= 4000),
    status        text NOT NULL DEFAULT 'APPLIED'
                  CHECK (status IN ('APPLIED', 'APPROVED', 'REJECTED', 'SUSPENDED')),
    -- The reason of the last rejection or suspension; the audit trail keeps every decision.
    reason        text CHECK (char_length(reason) <= 2000),
    applied_by    text,
    applied_at    timestamptz,
    decided_at    timestamptz,
    demo          boolean NOT NULL DEFAULT false,
    version       bigint NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT member_division_known FOREIGN KEY (division) REFERENCES division (code),
    CONSTRAINT member_reason_given
        CHECK (status NOT IN ('REJECTED', 'SUSPENDED') OR reason IS NOT NULL)
);

-- Members are paged by code within a state; the public list is the approved one.
CREATE INDEX member_status ON member (status, code);
CREATE INDEX member_division ON member (division text_pattern_ops);

-- The alliance's kinds of record and actions in the shared audit trail.
ALTER TABLE audit_entry
    ADD CONSTRAINT audit_entry_record_type_check CHECK (record_type IN ('MEMBER')),
    ADD CONSTRAINT audit_entry_action_check
        CHECK (action IN ('APPLY', 'APPROVE', 'REJECT', 'SUSPEND', 'REINSTATE'));
