-- The register's full record: known divisions, weekly hours and dated closures, facilities, slot
-- length, and the holdings of each room.

-- A room's division must be one the network knows (table division, from common's migrations).
ALTER TABLE reading_room
    ADD CONSTRAINT reading_room_division_known FOREIGN KEY (division) REFERENCES division (code);

-- Weekly hours (local time in Asia/Shanghai) and dated closures, kept together as one document:
-- {"weekly": [{"days": ["TUE"], "opens": "09:00", "closes": "17:00"}],
--  "closures": [{"from": "2027-02-05", "to": "2027-02-11", "reason": {"zh": "春节"}}]}.
-- Times and dates are zero-padded ISO text, so the open-at query compares them as strings.
ALTER TABLE reading_room
    ADD COLUMN schedule jsonb NOT NULL DEFAULT '{"weekly": [], "closures": []}'
        CHECK (jsonb_typeof(schedule -> 'weekly') = 'array'
               AND jsonb_typeof(schedule -> 'closures') = 'array'),
    ADD COLUMN facilities text[] NOT NULL DEFAULT '{}'
        CHECK (facilities <@ ARRAY['WIFI', 'POWER_OUTLETS', 'ACCESSIBLE', 'DIGITAL_TERMINALS',
                                   'COPYING', 'CHILDREN_CORNER', 'LOCKERS', 'PARKING']),
    -- Seats are reserved in fixed slots of this length from each opening (docs/api-conventions.md, reservations).
    ADD COLUMN slot_minutes integer NOT NULL DEFAULT 120 CHECK (slot_minutes BETWEEN 15 AND 720);

-- "Near a point": a bounding-box prefilter on this index before the exact distance.
CREATE INDEX reading_room_location ON reading_room (lat, lon) WHERE lat IS NOT NULL;

-- What a room holds. Titles are kept without 《》 so that "where can I read 《四川扶贫志》" and
-- "四川扶贫志" are the same question.
CREATE TABLE holding (
    id           uuid PRIMARY KEY,
    room_code    text NOT NULL REFERENCES reading_room (code) ON DELETE CASCADE,
    title_zh     text NOT NULL CHECK (btrim(title_zh) <> '' AND title_zh !~ '[《》]'),
    title_en     text,
    work_type    text NOT NULL
                 CHECK (work_type IN ('GAZETTEER', 'YEARBOOK', 'ILLUSTRATED_GAZETTEER', 'MAP',
                                      'ARCHIVE', 'JOURNAL', 'OTHER')),
    edition_year integer CHECK (edition_year BETWEEN 1000 AND 2100),
    copies       integer NOT NULL CHECK (copies >= 1),
    shelf_mark   text,
    demo         boolean NOT NULL DEFAULT false,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX holding_room ON holding (room_code, title_zh, id);
CREATE INDEX holding_title ON holding (title_zh, room_code);
CREATE INDEX holding_title_en ON holding (lower(title_en), room_code) WHERE title_en IS NOT NULL;
