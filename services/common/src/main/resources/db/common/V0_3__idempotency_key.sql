-- Idempotency keys: scoped to caller + method + path, kept for the retention period (24 hours by
-- default). A row is IN_FLIGHT from the claim until the first request's transaction stores its
-- response.
CREATE TABLE idempotency_key (
    caller           text NOT NULL,
    method           text NOT NULL,
    path             text NOT NULL,
    key              text NOT NULL CHECK (key ~ '^[A-Za-z0-9_-]{8,64}$'),
    fingerprint      text NOT NULL,
    state            text NOT NULL CHECK (state IN ('IN_FLIGHT', 'DONE')),
    response_status  integer,
    response_type    text,
    response_body    text,
    response_headers text,
    claimed_at       timestamptz NOT NULL,
    completed_at     timestamptz,
    PRIMARY KEY (caller, method, path, key),
    CHECK ((state = 'DONE') = (response_status IS NOT NULL))
);

CREATE INDEX idempotency_key_claimed ON idempotency_key (claimed_at);
