-- hand-written: review 31 (R31-1, R31-2). Data only; self-contained: it reads and writes only the tables and columns it
-- names. Publishing these corrections as new versions, with change events and revisions, is done after the migrations
-- (seed/load.ts publishMigrations):
-- - R31-2: treatment-resistant depression's statement of the KAIR article's list "conditions that haven't responded well
--   to standard treatments. These include treatment-resistant depression, …" gives the list's words in `named_as`, as
--   the list's six other items do (0041);
-- - R31-1: schizophrenia's contraindication gives no words: whether "a history of" of "a history of psychosis or
--   schizophrenia" is said of schizophrenia too, the article leaves open, as it leaves "active" of "active psychotic or
--   bipolar disorders" open for bipolar disorder; its note says so, as bipolar disorder's does.
-- Each statement is changed where its role is still the seed's and its words are still the seed's (and, where words are
-- given, its excerpts still write them); the note where it is still empty, apart from the words (0041 gives them to a
-- statement without any, so a database loaded with today's seed before 0041 gets them back from it).
UPDATE `conditions` SET `role_statements` = json_set(`role_statements`, '$[0].named_as', json('["conditions that haven''t responded well to standard treatments"]')) WHERE `id` = 'treatment-resistant-depression' AND `deleted_at` IS NULL AND json_extract(`role_statements`, '$[0].role') = 'indication' AND json_array_length(`role_statements`, '$[0].named_as') = 0 AND instr((SELECT group_concat(json_extract(`value`, '$.excerpt'), char(30)) FROM json_each(`role_statements`, '$[0].citations')), 'conditions that haven''t responded well to standard treatments') > 0;--> statement-breakpoint
UPDATE `conditions` SET `role_statements` = json_set(`role_statements`, '$[0].named_as', json('[]')) WHERE `id` = 'schizophrenia' AND `deleted_at` IS NULL AND json_extract(`role_statements`, '$[0].role') = 'contraindication' AND json_extract(`role_statements`, '$[0].named_as') = '["a history of psychosis or schizophrenia"]';--> statement-breakpoint
UPDATE `conditions` SET `note` = 'The KAIR article names schizophrenia only among those who "should definitely avoid ketamine therapy altogether": "a history of psychosis or schizophrenia"; it does not say whether its "a history of" is said of schizophrenia too.' WHERE `id` = 'schizophrenia' AND `deleted_at` IS NULL AND `note` IS NULL;
