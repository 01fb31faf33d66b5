-- Member institutions of the alliance of history and gazetteer venues (四川省史志馆联盟).
-- An institution applies; network admins approve, reject or suspend it.
-- The code is the institution's code, the one its users carry as their token's `institution`.

CREATE TABLE member (
    code       text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name_zh    text NOT NULL CHECK (btrim(name_zh) <> ''),
    name_en    text,
    type       text NOT NULL
               CHECK (type IN ('MUSEUM', 'UNIVERSITY_BRANCH', 'LIBRARY', 'ARCHIVE', 'OTHER')),
    division   text NOT NULL CHECK (division ~ '^[1-8][0-9]{5}$'),
    status     text NOT NULL DEFAULT 'APPLIED'
               CHECK (status IN ('APPLIED', 'APPROVED', 'REJECTED', 'SUSPENDED')),
    demo       boolean NOT NULL DEFAULT false,
    version    bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Members are paged by code within a state; the public list is the approved one.
CREATE INDEX member_status ON member (status, code);
CREATE INDEX member_division ON member (division text_pattern_ops);
