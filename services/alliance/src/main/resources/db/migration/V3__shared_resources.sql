-- What the members share (共建共享): collections, exhibits for loan, travelling exhibitions,
-- experts, venues, publications. Scope decides who sees a resource: PUBLIC everyone, ALLIANCE the
-- users of approved, non-suspended member institutions, PRIVATE its owner and admins.

CREATE TABLE shared_resource (
    id             uuid PRIMARY KEY,
    owner          text NOT NULL REFERENCES member (code),
    kind           text NOT NULL
                   CHECK (kind IN ('DIGITAL_COLLECTION', 'EXHIBIT_FOR_LOAN', 'TRAVELLING_EXHIBITION',
                                   'EXPERT', 'VENUE', 'PUBLICATION')),
    title_zh       text NOT NULL CHECK (btrim(title_zh) <> ''),
    title_en       text,
    description_zh text,
    description_en text,
    scope          text NOT NULL CHECK (scope IN ('PUBLIC', 'ALLIANCE', 'PRIVATE')),
    rights_zh      text,
    rights_en      text,
    licence        text CHECK (licence IN ('CC0_1_0', 'PUBLIC_DOMAIN', 'CC_BY_4_0', 'CC_BY_SA_4_0',
                                           'CC_BY_NC_4_0', 'CC_BY_NC_SA_4_0', 'CC_BY_ND_4_0',
                                           'CC_BY_NC_ND_4_0', 'IN_COPYRIGHT')),
    terms_zh       text,
    terms_en       text,
    delivery       text NOT NULL CHECK (delivery IN ('PHYSICAL', 'DIGITAL', 'SERVICE')),
    -- How many physical items there are to lend; only physical resources have one.
    quantity       integer CHECK (quantity > 0),
    -- When it can be had: {"windows": [{"from": "2027-01-01", "to": "2027-06-30"}]}, ISO dates,
    -- both days included; no windows for always.
    availability   jsonb NOT NULL DEFAULT '{"windows": []}'
                   CHECK (jsonb_typeof(availability -> 'windows') = 'array'),
    created_by     text NOT NULL,
    demo           boolean NOT NULL DEFAULT false,
    version        bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    search         tsvector GENERATED ALWAYS AS (
                       setweight(to_tsvector('simple'::regconfig,
                                             search_bigrams(title_zh || ' ' || coalesce(title_en, ''))),
                                 'A')
                       || setweight(to_tsvector('simple'::regconfig,
                                                search_bigrams(coalesce(description_zh, '') || ' '
                                                               || coalesce(description_en, ''))),
                                    'C')) STORED,
    CONSTRAINT shared_resource_quantity_physical CHECK ((delivery = 'PHYSICAL') = (quantity IS NOT NULL))
);

CREATE INDEX shared_resource_owner ON shared_resource (owner, created_at DESC, id DESC);
CREATE INDEX shared_resource_list ON shared_resource (scope, created_at DESC, id DESC);
CREATE INDEX shared_resource_search ON shared_resource USING gin (search) WITH (fastupdate = off);

ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_record_type_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_record_type_check
    CHECK (record_type IN ('MEMBER', 'RESOURCE'));
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check
    CHECK (action IN ('APPLY', 'APPROVE', 'REJECT', 'SUSPEND', 'REINSTATE', 'CREATE', 'UPDATE'));
