CREATE INDEX `contraindications_counts_idx` ON `contraindications` (`category`,`applies_to`,`condition_ids`,`inferred`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `dosing_routes_counts_idx` ON `dosing_routes` (`dose_unit`,`used_in_group_settings`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `findings_counts_idx` ON `findings` (`measure`,`value_unit`,`study_id`,`condition`,`value`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `format_fit_counts_idx` ON `format_fit` (`favoured_format`,`inferred`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `organizations_counts_idx` ON `organizations` (`kind`,`country`,`region`,`city`,`named_in_source`,`parent_organization_id`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `prices_counts_idx` ON `prices` (`format`,`currency`,`unit`,`treatment`,`currency_implied`,`open_ended`,`program_id`,`amount_min_minor`,`amount_max_minor`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `programs_counts_idx` ON `programs` (`format`,`dosing_setting`,`integration_setting`,`generic`,`country`,`region`,`city`,`organization_id`,`routes`,`conditions`,`duration_weeks`,`medicine_sessions`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `sources_counts_idx` ON `sources` (`kind`,`year`,`publisher_inferred`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `studies_counts_idx` ON `studies` (`conditions`,`year`,`participants`,`duration_weeks`,`source_id`,`participants_qualifier`) WHERE deleted_at is null;