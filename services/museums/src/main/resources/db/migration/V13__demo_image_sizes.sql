-- Image records may carry their pixel width and height (a IIIF canvas needs both). The demo's
-- placeholder images are the network's own 240 × 320 SVGs; as a new version of each exhibit the
-- change enters the feed as UPDATED, like any edit.
UPDATE exhibit e
SET images = jsonb_build_object('items', (
        SELECT jsonb_agg(CASE WHEN i ->> 'url' LIKE '/media/exhibits/%.svg'
                              THEN i || '{"width": 240, "height": 320}'::jsonb
                              ELSE i END
                         ORDER BY n)
        FROM jsonb_array_elements(e.images -> 'items') WITH ORDINALITY AS t(i, n))),
    version = e.version + 1,
    updated_at = now()
WHERE '${demo}' = 'true' AND e.demo
  AND EXISTS (SELECT 1 FROM jsonb_array_elements(e.images -> 'items') AS t(i)
              WHERE i ->> 'url' LIKE '/media/exhibits/%.svg');
