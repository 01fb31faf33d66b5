-- The register of local-history reading rooms (史志阅览室).
-- A room sits in a host place (one of the "七进" places, a library or a museum) and is managed by
-- an institution, whose code the staff's tokens carry as their `institution` claim.

CREATE TABLE reading_room (
    code         text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name_zh      text NOT NULL CHECK (btrim(name_zh) <> ''),
    name_en      text,
    host_type    text NOT NULL
                 CHECK (host_type IN ('AGENCY', 'VILLAGE', 'COMMUNITY', 'SCHOOL', 'ENTERPRISE',
                                      'MILITARY_CAMP', 'LIBRARY', 'MUSEUM')),
    host_name_zh text NOT NULL CHECK (btrim(host_name_zh) <> ''),
    host_name_en text,
    institution  text NOT NULL CHECK (institution ~ '^[a-z][a-z0-9-]{1,39}$'),
    division     text NOT NULL CHECK (division ~ '^[1-8][0-9]{5}$'),
    address_zh   text,
    address_en   text,
    lat          double precision CHECK (lat BETWEEN -90 AND 90),
    lon          double precision CHECK (lon BETWEEN -180 AND 180),
    seats        integer NOT NULL CHECK (seats > 0),
    status       text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED')),
    demo         boolean NOT NULL DEFAULT false,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((lat IS NULL) = (lon IS NULL))
);

-- The register is paged by code; these serve the division (prefix) and institution filters.
CREATE INDEX reading_room_division ON reading_room (division text_pattern_ops, code);
CREATE INDEX reading_room_institution ON reading_room (institution, code);
