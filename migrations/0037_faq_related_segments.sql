-- hand-written: review C16 (C16-1), after hostile 16 H16-1. Data only; self-contained: it reads and writes only the
-- tables and columns it names. FAQ `related[].collection` names a collection by its URL segment, the only spelling the API
-- now takes; earlier builds also took the internal key (`dosing_routes`, `format_fit`, `session_phases`), stored it as
-- written and served it as a link to nothing, and such a record could then be neither updated nor restored. Each such
-- entry is rewritten to the segment, and an entry that then repeats an earlier one of the same list is dropped (the
-- first kept, the order kept). Publishing the corrected records as new versions, with change events and revisions, is
-- done after the migrations (seed/load.ts publishMigrations).
-- Also the psychosis contraindication's note as 0036 now writes it, for a database 0036 migrated before that correction
-- was added to it (review 26b R26b2-1); gated on the old text, so elsewhere it changes nothing.
UPDATE `contraindications` SET `note` = 'The KAIR article lists it among those who should definitely avoid ketamine therapy altogether. The Canadian article instead names active psychosis in what it says of the group format.' WHERE `id` = 'history-of-psychosis-or-schizophrenia' AND `deleted_at` IS NULL AND `note` IS 'The KAIR article lists it among those who should definitely avoid ketamine therapy altogether. The Canadian article instead names active psychotic symptoms (active psychosis) in what it says of the group format.';--> statement-breakpoint
UPDATE `faqs` SET `related` = (
  SELECT json_group_array(json_object('collection', `c`, 'id', `i`) ORDER BY `k`) FROM (
    SELECT CASE json_extract(`value`, '$.collection')
             WHEN 'dosing_routes' THEN 'dosing-routes'
             WHEN 'format_fit' THEN 'format-fit'
             WHEN 'session_phases' THEN 'session-phases'
             ELSE json_extract(`value`, '$.collection') END AS `c`,
           json_extract(`value`, '$.id') AS `i`,
           min(CAST(`key` AS integer)) AS `k`
    FROM json_each(`faqs`.`related`) GROUP BY `c`, `i`
  )
) WHERE EXISTS (
  SELECT 1 FROM json_each(`faqs`.`related`)
  WHERE json_extract(`value`, '$.collection') IN ('dosing_routes', 'format_fit', 'session_phases')
);
