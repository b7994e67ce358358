-- The source's own qualifiers of each amount ("typically", "can run", "~"): the seeded prices get theirs;
-- a price created through the API has none until an editor sets them.
ALTER TABLE `prices` ADD `hedges` text NOT NULL DEFAULT '[]';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["typically","often"]' WHERE `id` = 'kair-individual-session-400-600';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["typically"]' WHERE `id` = 'kair-individual-infusion-400-600';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["often","typically","usually"]' WHERE `id` = 'kair-group-session-100-250';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["can run"]' WHERE `id` = 'kair-individual-kap-session-600-1200';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["about"]' WHERE `id` = 'kair-group-retreat-2500-5000';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["approximately"]' WHERE `id` = 'kair-first-year-group-1000-3000';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '[]', `approximate` = 0 WHERE `id` = 'kair-first-year-individual-3500-10000-plus';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["roughly"]' WHERE `id` = 'colorado-five-week-group-half-price';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["~","approximately"]' WHERE `id` = 'roots-to-thrive-group-price';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["~"]' WHERE `id` = 'roots-to-thrive-individual-price';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["Approximate cost"]' WHERE `id` = 'atma-cena-psycholytic-pathway-price';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["Approximate cost"]' WHERE `id` = 'atma-cena-psycholytic-additional-session-price';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["Approximate cost"]' WHERE `id` = 'atma-cena-psychedelic-pathway-price';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["Approximate cost"]' WHERE `id` = 'atma-cena-psychedelic-additional-session-price';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '["Approximate cost"]' WHERE `id` = 'atma-cena-customized-kat-price';--> statement-breakpoint
UPDATE `prices` SET `hedges` = '[]' WHERE `id` = 'atma-cena-member-clinic-group-integration-price';
