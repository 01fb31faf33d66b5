-- Requests between members for a shared resource (loans of physical items, access to digital
-- collections, services such as an expert's visit), with their timeline, and the per-day count of
-- the physical items that approved requests hold.

-- One row per request; the owner is the resource's, kept here so that both sides' lists are one
-- index each. Conditions and obligations are small lists kept with the request.
ALTER TABLE shared_resource ADD CONSTRAINT shared_resource_id_owner UNIQUE (id, owner);

CREATE TABLE share_request (
    id           uuid PRIMARY KEY,
    resource     uuid NOT NULL,
    owner        text NOT NULL REFERENCES member (code),
    requester    text NOT NULL REFERENCES member (code),
    delivery     text NOT NULL CHECK (delivery IN ('PHYSICAL', 'DIGITAL', 'SERVICE')),
    quantity     integer CHECK (quantity > 0),
    purpose      text NOT NULL CHECK (btrim(purpose) <> ''),
    from_date    date NOT NULL,
    to_date      date NOT NULL,
    status       text NOT NULL
                 CHECK (status IN ('REQUESTED', 'CONDITIONAL', 'APPROVED', 'DECLINED', 'CANCELLED',
                                   'IN_TRANSIT', 'ON_LOAN', 'RETURNING', 'RETURNED', 'CLOSED',
                                   'COMPLETED')),
    -- {"items": [{"kind": "NO_REPRODUCTION", "note": "…"}]}: what the owner asked for.
    conditions   jsonb NOT NULL DEFAULT '{"items": []}'
                 CHECK (jsonb_typeof(conditions -> 'items') = 'array'),
    -- {"items": [{"kind": "CONDITION_REPORT", "party": "OWNER", "metAt": null, "note": null}]}:
    -- what is still to be done before the owner may close a returned loan.
    obligations  jsonb NOT NULL DEFAULT '{"items": []}'
                 CHECK (jsonb_typeof(obligations -> 'items') = 'array'),
    -- The owner's report of the items' condition on their return.
    return_report text,
    requested_by text NOT NULL,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT share_request_of_resource FOREIGN KEY (resource, owner)
        REFERENCES shared_resource (id, owner),
    CONSTRAINT share_request_other_member CHECK (owner <> requester),
    CONSTRAINT share_request_dates CHECK (to_date >= from_date AND to_date - from_date < 366),
    CONSTRAINT share_request_quantity_physical CHECK ((delivery = 'PHYSICAL') = (quantity IS NOT NULL))
);

CREATE INDEX share_request_lender ON share_request (owner, created_at DESC, id DESC);
CREATE INDEX share_request_borrower ON share_request (requester, created_at DESC, id DESC);
CREATE INDEX share_request_open ON share_request (resource)
    WHERE status NOT IN ('DECLINED', 'CANCELLED', 'CLOSED', 'COMPLETED');

-- The timeline: every step of a request, who took it for which side, and its note. Rows are never
-- updated.
CREATE TABLE share_request_step (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request  uuid NOT NULL REFERENCES share_request (id),
    action   text NOT NULL
             CHECK (action IN ('REQUEST', 'APPROVE', 'OFFER_CONDITIONS', 'ACCEPT_CONDITIONS',
                               'DECLINE', 'SHIP', 'RECEIVE', 'RETURN', 'CONFIRM_RETURN', 'CLOSE',
                               'COMPLETE', 'CANCEL', 'MEET_OBLIGATION')),
    status   text NOT NULL,
    party    text NOT NULL CHECK (party IN ('OWNER', 'REQUESTER')),
    member   text NOT NULL REFERENCES member (code),
    actor    text NOT NULL CHECK (actor <> ''),
    at       timestamptz NOT NULL DEFAULT now(),
    note     text
);

CREATE INDEX share_request_step_request ON share_request_step (request, id);

-- How many items of a physical resource the requests from APPROVED to RETURNING hold on each day,
-- beside the resource's quantity: the check below is the rule that a day never holds more than
-- there is. Maintained by the trigger on share_request alone; two concurrent approvals of the same
-- days meet on these rows, and the later one fails the check.
CREATE TABLE resource_day (
    resource uuid NOT NULL REFERENCES shared_resource (id),
    day      date NOT NULL,
    held     integer NOT NULL CHECK (held > 0),
    quantity integer NOT NULL,
    PRIMARY KEY (resource, day),
    CONSTRAINT resource_day_within_quantity CHECK (held <= quantity)
);

CREATE FUNCTION share_request_holds(status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS
$$
SELECT status IN ('APPROVED', 'IN_TRANSIT', 'ON_LOAN', 'RETURNING')
$$;

CREATE FUNCTION share_request_hold() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    was_held boolean := TG_OP = 'UPDATE' AND share_request_holds(OLD.status);
    is_held  boolean := share_request_holds(NEW.status);
    stock    integer;
BEGIN
    IF NEW.delivery <> 'PHYSICAL' OR was_held = is_held THEN
        RETURN NULL;
    END IF;
    IF is_held THEN
        -- The resource row is share-locked, so a change of its quantity waits for this one.
        SELECT quantity INTO stock FROM shared_resource WHERE id = NEW.resource FOR SHARE;
        -- Days in ascending order, so two approvals of overlapping days lock them in one order.
        INSERT INTO resource_day AS d (resource, day, held, quantity)
        SELECT NEW.resource, day::date, NEW.quantity, stock
        FROM generate_series(NEW.from_date, NEW.to_date, interval '1 day') AS day
        ORDER BY day
        ON CONFLICT (resource, day) DO UPDATE SET held = d.held + EXCLUDED.held;
    ELSE
        DELETE FROM resource_day
        WHERE resource = NEW.resource AND day BETWEEN NEW.from_date AND NEW.to_date
          AND held = NEW.quantity;
        UPDATE resource_day SET held = held - NEW.quantity
        WHERE resource = NEW.resource AND day BETWEEN NEW.from_date AND NEW.to_date;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER share_request_hold
    AFTER INSERT OR UPDATE OF status ON share_request
    FOR EACH ROW EXECUTE FUNCTION share_request_hold();

-- While a resource has open requests its scope and delivery stay as they were requested; a lower
-- quantity must still cover every day's holdings (the check on resource_day refuses it otherwise).
CREATE FUNCTION shared_resource_requested() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF (NEW.scope <> OLD.scope OR NEW.delivery <> OLD.delivery)
        AND EXISTS (SELECT 1 FROM share_request
                    WHERE resource = NEW.id
                      AND status NOT IN ('DECLINED', 'CANCELLED', 'CLOSED', 'COMPLETED')) THEN
        RAISE EXCEPTION 'new row for relation "shared_resource" violates check constraint "shared_resource_open_requests"'
            USING DETAIL = format('Resource %s has open requests.', NEW.id),
                  ERRCODE = 'check_violation', CONSTRAINT = 'shared_resource_open_requests';
    END IF;
    IF NEW.quantity IS DISTINCT FROM OLD.quantity THEN
        UPDATE resource_day SET quantity = NEW.quantity WHERE resource = NEW.id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER shared_resource_requested
    BEFORE UPDATE ON shared_resource
    FOR EACH ROW EXECUTE FUNCTION shared_resource_requested();
