-- Outreach events of the network: lectures, tours, workshops, campus
-- programmes and campaigns taken into agencies, villages, communities, schools, enterprises,
-- military camps and online (史志"七进"). Venues and sessions with capacity come later.

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
    division       text NOT NULL CHECK (division ~ '^[1-8][0-9]{5}$'),
    status         text NOT NULL DEFAULT 'DRAFT'
                   CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    created_by     text NOT NULL,
    demo           boolean NOT NULL DEFAULT false,
    version        bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Keyset paging, newest first: the public list of published events, and per organizer and state.
CREATE INDEX event_published ON event (created_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX event_organizer_status ON event (organizer, status, created_at DESC, id DESC);
