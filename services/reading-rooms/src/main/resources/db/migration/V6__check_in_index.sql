-- The public summary counts this year's check-ins; this index holds the checked-in reservations
-- only, by the time of check-in, so that count reads no cancelled, released or missed ones.

CREATE INDEX reservation_checked_in ON reservation (checked_in_at) WHERE status = 'CHECKED_IN';
