-- Seat reservations: a room's seats per fixed slot are never exceeded. The
-- count of booked seats lives in one row per slot, raised by a conditional upsert and lowered on
-- cancellation or a released no-show, in the same transaction as the reservation it counts.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE seat_slot (
    room_code text NOT NULL REFERENCES reading_room (code) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    ends_at   timestamptz NOT NULL,
    -- The room's seats when the last seat was taken: a room that shrinks keeps what it sold.
    seats     integer NOT NULL CHECK (seats > 0),
    booked    integer NOT NULL CHECK (booked >= 0),
    PRIMARY KEY (room_code, starts_at),
    CONSTRAINT seat_slot_capacity CHECK (booked <= seats),
    CHECK (ends_at > starts_at)
);

CREATE TABLE reservation (
    id            uuid PRIMARY KEY,
    room_code     text NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    -- The visitor's username (preferred_username of the token).
    visitor       text NOT NULL CHECK (btrim(visitor) <> ''),
    status        text NOT NULL
                  CHECK (status IN ('CONFIRMED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW')),
    check_in_code text NOT NULL CHECK (check_in_code ~ '^[0-9A-Z]{6}$'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    cancelled_at  timestamptz,
    cancel_reason text,
    checked_in_at timestamptz,
    released_at   timestamptz,
    version       bigint NOT NULL DEFAULT 0,
    FOREIGN KEY (room_code, starts_at) REFERENCES seat_slot (room_code, starts_at),
    CHECK (ends_at > starts_at),
    -- One seat per visitor at a time: no two held reservations of one visitor overlap.
    CONSTRAINT reservation_visitor_no_overlap EXCLUDE USING gist (
        visitor WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('CONFIRMED', 'CHECKED_IN'))
);

CREATE INDEX reservation_room_day ON reservation (room_code, starts_at, id);
CREATE INDEX reservation_visitor ON reservation (visitor, starts_at DESC, id DESC);
-- What the no-show release scans.
CREATE INDEX reservation_pending ON reservation (starts_at) WHERE status = 'CONFIRMED';
