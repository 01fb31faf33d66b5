-- Museums of the network and the exhibits they register.

CREATE TABLE museum (
    code          text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name_zh       text NOT NULL CHECK (btrim(name_zh) <> ''),
    name_en       text,
    kind          text NOT NULL
                  CHECK (kind IN ('PROVINCIAL', 'CITY', 'COUNTY', 'UNIVERSITY_BRANCH', 'THEMED')),
    parent_code   text REFERENCES museum (code),
    division      text NOT NULL CHECK (division ~ '^[1-8][0-9]{5}$'),
    address_zh    text,
    address_en    text,
    lat           double precision CHECK (lat BETWEEN -90 AND 90),
    lon           double precision CHECK (lon BETWEEN -180 AND 180),
    opening_hours jsonb NOT NULL DEFAULT '{"weekly": []}',
    phone         text,
    website       text,
    email         text,
    status        text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED')),
    demo          boolean NOT NULL DEFAULT false,
    version       bigint NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK (parent_code IS DISTINCT FROM code),
    CHECK (kind <> 'UNIVERSITY_BRANCH' OR parent_code IS NOT NULL)
);

CREATE INDEX museum_division ON museum (division text_pattern_ops);
CREATE INDEX museum_parent ON museum (parent_code);

CREATE TABLE exhibit (
    id             uuid PRIMARY KEY,
    museum_code    text NOT NULL REFERENCES museum (code),
    inventory_no   text NOT NULL CHECK (btrim(inventory_no) <> ''),
    title_zh       text NOT NULL CHECK (btrim(title_zh) <> ''),
    title_en       text,
    category       text NOT NULL,
    work_type      text,
    dating_label   text,
    dating_from    integer,
    dating_to      integer,
    description_zh text,
    description_en text,
    keywords       text[] NOT NULL DEFAULT '{}',
    status         text NOT NULL DEFAULT 'DRAFT'
                   CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN')),
    created_by     text NOT NULL,
    submitted_by   text,
    demo           boolean NOT NULL DEFAULT false,
    version        bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT exhibit_inventory_unique UNIQUE (museum_code, inventory_no),
    CHECK (dating_from IS NULL OR dating_to IS NULL OR dating_from <= dating_to),
    CHECK (status <> 'IN_REVIEW' OR submitted_by IS NOT NULL)
);

-- Keyset paging, newest first: the public list of published exhibits, and per museum and state.
CREATE INDEX exhibit_published ON exhibit (created_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX exhibit_museum_status ON exhibit (museum_code, status, created_at DESC, id DESC);
