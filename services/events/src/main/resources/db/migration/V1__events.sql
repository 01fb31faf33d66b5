-- Outreach events of the network: lectures, tours, workshops, campus programmes and campaigns
-- taken into agencies, villages, communities, schools, enterprises, military camps and online
-- (史志"七进"), each with its sessions, the registrations of parties for a session and its
-- waitlist, check-ins, and head counts for outreach without tickets.

CREATE TABLE event (
    id             uuid PRIMARY KEY,
    title_zh       text NOT NULL CHECK (btrim(title_zh) <> ''),
    title_en       text,
    description_zh text,
    description_en text,
    target         text NOT NULL
                   CHECK (target IN ('AGENCY', 'VILLAGE', 'COMMUNITY', 'SCHOOL', 'ENTERPRISE',
                                     'MILITARY_CAMP', 'ONLINE')),
    kind           text NOT NULL
                   CHECK (kind IN ('LECTURE', 'EXHIBITION_TOUR', 'WORKSHOP', 'READING',
                                   'CAMPUS_PROGRAM', 'SHORT_VIDEO_CAMPAIGN', 'OTHER')),
    -- The organizing institution; its organizers carry this code as their token's institution.
    organizer      text NOT NULL CHECK (organizer ~ '^[a-z][a-z0-9-]{1,39}$'),
    division       text NOT NULL,
    -- Where: a museum or reading room by code (checked with that service when saved; its name,
    -- address and location are kept as they were then), an address, or an online link.
    venue_type     text NOT NULL CHECK (venue_type IN ('MUSEUM', 'READING_ROOM', 'ADDRESS', 'ONLINE')),
    venue_code     text CHECK (venue_code ~ '^[a-z][a-z0-9-]{1,39}$'),
    venue_name_zh  text,
    venue_name_en  text,
    venue_address_zh text,
    venue_address_en text,
    venue_lat      double precision CHECK (venue_lat BETWEEN -90 AND 90),
    venue_lon      double precision CHECK (venue_lon BETWEEN -180 AND 180),
    venue_url      text CHECK (venue_url ~ '^https?://'),
    status         text NOT NULL DEFAULT 'DRAFT'
                   CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    -- The organizer's reason, shown with a cancelled event (optional).
    cancel_reason  text CHECK (char_length(cancel_reason) <= 2000),
    created_by     text NOT NULL,
    demo           boolean NOT NULL DEFAULT false,
    version        bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    published_at   timestamptz,
    -- The earliest start and latest end of the event's sessions, kept by the trigger below
    -- (infinity and -infinity while it has none): lists sort on first_start, and "upcoming" is a
    -- last_end still to come. Only SQL reads them.
    first_start    timestamptz NOT NULL DEFAULT 'infinity',
    last_end       timestamptz NOT NULL DEFAULT '-infinity',
    search         tsvector GENERATED ALWAYS AS (
                       setweight(to_tsvector('simple'::regconfig,
                                             search_bigrams(title_zh || ' ' || coalesce(title_en, ''))),
                                 'A')
                       || setweight(to_tsvector('simple'::regconfig,
                                                search_bigrams(coalesce(venue_name_zh, '') || ' '
                                                               || coalesce(venue_address_zh, ''))),
                                    'B')
                       || setweight(to_tsvector('simple'::regconfig,
                                                search_bigrams(coalesce(description_zh, '') || ' '
                                                               || coalesce(description_en, ''))),
                                    'C')) STORED,
    CONSTRAINT event_division_known FOREIGN KEY (division) REFERENCES division (code),
    CONSTRAINT event_venue_by_code
        CHECK ((venue_type IN ('MUSEUM', 'READING_ROOM')) = (venue_code IS NOT NULL)),
    CONSTRAINT event_venue_address CHECK (venue_type <> 'ADDRESS' OR venue_address_zh IS NOT NULL),
    CONSTRAINT event_venue_online CHECK ((venue_type = 'ONLINE') = (venue_url IS NOT NULL)),
    CONSTRAINT event_venue_point CHECK ((venue_lat IS NULL) = (venue_lon IS NULL)),
    CONSTRAINT event_cancel_reason CHECK (status = 'CANCELLED' OR cancel_reason IS NULL)
);

-- Keyset paging by first session, per state, and the organizer's own lists.
CREATE INDEX event_status_start ON event (status, first_start, id);
CREATE INDEX event_status_end ON event (status, last_end);
CREATE INDEX event_organizer_status ON event (organizer, status, first_start, id);
CREATE INDEX event_division ON event (division text_pattern_ops);
CREATE INDEX event_venue ON event (venue_type, venue_code) WHERE venue_code IS NOT NULL;
CREATE INDEX event_search ON event USING gin (search) WITH (fastupdate = off);

-- A session: one time with its own capacity, in people. `confirmed` counts the people of its
-- confirmed registrations, raised and lowered in the transaction of the registration it counts,
-- so the check below is what keeps a session from being overbooked.
CREATE TABLE event_session (
    id            uuid PRIMARY KEY,
    event_id      uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    capacity      integer NOT NULL CHECK (capacity > 0),
    confirmed     integer NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    status        text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    cancel_reason text CHECK (cancel_reason IN ('SESSION_CANCELLED', 'EVENT_CANCELLED')),
    version       bigint NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT event_session_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT event_session_capacity_holds_confirmed CHECK (confirmed <= capacity),
    CONSTRAINT event_session_cancel_reason CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL))
);

-- One scheduled session per time of an event.
CREATE UNIQUE INDEX event_session_once ON event_session (event_id, starts_at, ends_at)
    WHERE status = 'SCHEDULED';
CREATE INDEX event_session_event ON event_session (event_id, starts_at, id);
CREATE INDEX event_session_start ON event_session (starts_at);

CREATE FUNCTION event_session_span() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    changed_event uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.event_id ELSE NEW.event_id END;
BEGIN
    UPDATE event e
    SET first_start = s.first_start, last_end = s.last_end
    FROM (SELECT coalesce(min(starts_at), 'infinity') AS first_start,
                 coalesce(max(ends_at), '-infinity') AS last_end
          FROM event_session WHERE event_id = changed_event) AS s
    WHERE e.id = changed_event
      AND (e.first_start <> s.first_start OR e.last_end <> s.last_end);
    RETURN NULL;
END
$$;

CREATE TRIGGER event_session_span
    AFTER INSERT OR DELETE OR UPDATE OF starts_at, ends_at ON event_session
    FOR EACH ROW EXECUTE FUNCTION event_session_span();

-- The order in which parties registered; a waitlisted party's position is its rank among the
-- session's waitlisted parties in this order.
CREATE SEQUENCE registration_queue;

CREATE TABLE registration (
    id             uuid PRIMARY KEY,
    session_id     uuid NOT NULL REFERENCES event_session (id) ON DELETE CASCADE,
    event_id       uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    -- Who registered (the token's user name); shown on attendee lists, which are internal.
    registrant     text NOT NULL,
    party          integer NOT NULL CHECK (party > 0),
    status         text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    queue_no       bigint NOT NULL DEFAULT nextval('registration_queue'),
    -- What the registrant shows at the door: 8 characters without look-alikes (no 0/O, 1/I).
    check_in_code  text NOT NULL CHECK (check_in_code ~ '^[2-9A-HJ-NP-Z]{8}$'),
    checked_in     integer CHECK (checked_in BETWEEN 0 AND party),
    checked_in_at  timestamptz,
    promoted_at    timestamptz,
    cancel_reason  text CHECK (cancel_reason IN ('REGISTRANT', 'SESSION_CANCELLED', 'EVENT_CANCELLED')),
    cancelled_at   timestamptz,
    version        bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT registration_cancel_reason
        CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL)),
    CONSTRAINT registration_check_in_confirmed CHECK (checked_in IS NULL OR status <> 'WAITLISTED')
);

-- Nobody holds two registrations for one session.
CREATE UNIQUE INDEX registration_one_per_person ON registration (session_id, registrant)
    WHERE status <> 'CANCELLED';
CREATE UNIQUE INDEX registration_check_in_code ON registration (session_id, check_in_code)
    WHERE status <> 'CANCELLED';
CREATE INDEX registration_waitlist ON registration (session_id, queue_no) WHERE status = 'WAITLISTED';
CREATE INDEX registration_session ON registration (session_id, created_at, id);
CREATE INDEX registration_mine ON registration (registrant, created_at DESC, id DESC);

-- People counted at outreach without tickets, per session, audience and channel; ONLINE counts
-- peak concurrent viewers. Kept apart from registrations and check-ins.
CREATE TABLE head_count (
    session_id  uuid NOT NULL REFERENCES event_session (id) ON DELETE CASCADE,
    audience    text NOT NULL
                CHECK (audience IN ('STUDENTS', 'TEACHERS', 'RESIDENTS', 'VILLAGERS', 'SOLDIERS',
                                    'STAFF', 'GENERAL_PUBLIC')),
    channel     text NOT NULL CHECK (channel IN ('ON_SITE', 'OFF_SITE', 'ONLINE')),
    people      integer NOT NULL CHECK (people >= 0),
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, audience, channel)
);

-- The events service's kinds of record and actions in the shared audit trail.
ALTER TABLE audit_entry
    ADD CONSTRAINT audit_entry_record_type_check CHECK (record_type IN ('EVENT')),
    ADD CONSTRAINT audit_entry_action_check
        CHECK (action IN ('CREATE', 'UPDATE', 'PUBLISH', 'CANCEL', 'ADD_SESSION', 'UPDATE_SESSION',
                          'CANCEL_SESSION', 'HEAD_COUNT'));
