-- Full-text search that works for Chinese, in PostgreSQL itself, for every service.
-- Chinese has no spaces between words, so text is indexed as overlapping character bigrams
-- (四川扶贫志 → 四川 川扶 扶贫 贫志) plus whole Latin words and numbers; a query becomes the
-- phrase of its own bigrams (扶贫志 → 扶贫 <-> 贫志), so 2-character queries use the index too.
-- A service indexes its text with to_tsvector('simple', search_bigrams(…)) and queries it with
-- to_tsquery('simple', …) as org.gazetteer.common.search.SearchQuery writes it.

CREATE FUNCTION search_bigrams(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT coalesce(string_agg(token, ' ' ORDER BY run_no, pos), '')
FROM (SELECT r.run_no,
             g.pos,
             CASE
                 WHEN r.run ~ '^[a-z0-9]+$' OR char_length(r.run) = 1 THEN r.run
                 ELSE substr(r.run, g.pos, 2)
             END AS token
      FROM (SELECT row_number() OVER () AS run_no, m[1] AS run
            FROM regexp_matches(lower(input), '([\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+)', 'g')
                     AS m) AS r,
           LATERAL generate_series(1, CASE
                                          WHEN r.run ~ '^[a-z0-9]+$' OR char_length(r.run) = 1
                                              THEN 1
                                          ELSE char_length(r.run) - 1
                                      END) AS g(pos)) AS tokens
$$;
