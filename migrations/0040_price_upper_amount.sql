DROP INDEX `prices_counts_idx`;--> statement-breakpoint
ALTER TABLE `prices` ADD `amount_upper_minor` integer GENERATED ALWAYS AS (case when open_ended then 9007199254740991 else coalesce(amount_max_minor, amount_min_minor) end) VIRTUAL;--> statement-breakpoint
CREATE INDEX `prices_currency_unit_upper_idx` ON `prices` (`currency`,`unit`,`amount_upper_minor`,`id`);--> statement-breakpoint
CREATE INDEX `prices_counts_idx` ON `prices` (`format`,`currency`,`unit`,`treatment`,`currency_implied`,`open_ended`,`program_id`,`amount_min_minor`,`amount_upper_minor`) WHERE deleted_at is null;