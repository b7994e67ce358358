DROP INDEX `prices_currency_amount_idx`;--> statement-breakpoint
CREATE INDEX `prices_currency_unit_amount_idx` ON `prices` (`currency`,`unit`,`amount_min_minor`,`id`);