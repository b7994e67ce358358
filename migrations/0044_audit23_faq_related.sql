-- hand-written: audit 23 (A23-2). Data only; self-contained: it reads and writes only the tables and columns it names.
-- Publishing the correction as a new version, with a change event and a revision, is done after the migrations
-- (seed/load.ts publishMigrations):
-- - the FAQ "Do I see other people while I'm dosing?" no longer lists Port Credit's group integration program as related:
--   its answer, the Canadian article's, names "some ATMA CENA member clinics, Sage Integrative Health" as the models where
--   "dosing is private", not Port Credit, and that Port Credit's sessions follow that model is Katalog's reading (the
--   program says so); a related link cannot say whose reading it is.
-- Changed only where the list is still the seed's, so that an editor's list is kept.
UPDATE `faqs` SET `related` = '[{"collection":"programs","id":"roots-to-thrive-group"},{"collection":"programs","id":"sage-integration-circles"},{"collection":"organizations","id":"sage-integrative-health"},{"collection":"organizations","id":"atma-cena"}]' WHERE `id` = 'do-i-see-other-people-while-dosing' AND `deleted_at` IS NULL AND json(`related`) = json('[{"collection":"programs","id":"roots-to-thrive-group"},{"collection":"programs","id":"port-credit-group-integration"},{"collection":"programs","id":"sage-integration-circles"},{"collection":"organizations","id":"sage-integrative-health"},{"collection":"organizations","id":"atma-cena"}]');
