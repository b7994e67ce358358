CREATE TABLE `citations` (
	`collection` text NOT NULL,
	`record_id` text NOT NULL,
	`position` integer NOT NULL,
	`source_id` text NOT NULL,
	`excerpt` text NOT NULL,
	`section` text NOT NULL,
	PRIMARY KEY(`collection`, `record_id`, `position`)
);
--> statement-breakpoint
CREATE INDEX `citations_source_idx` ON `citations` (`source_id`);--> statement-breakpoint
CREATE TABLE `contraindications` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`condition` text NOT NULL,
	`category` text NOT NULL,
	`applies_to` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `contraindications_updated_at_idx` ON `contraindications` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `dosing_routes` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`abbreviation` text,
	`forms` text NOT NULL,
	`dose_min` real,
	`dose_max` real,
	`dose_unit` text,
	`description` text NOT NULL,
	`used_in_group_settings` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dosing_routes_updated_at_idx` ON `dosing_routes` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `faqs` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`position` integer NOT NULL,
	`related` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `faqs_updated_at_idx` ON `faqs` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`study_id` text NOT NULL,
	`condition` text,
	`measure` text NOT NULL,
	`value` real,
	`value_unit` text,
	`value_qualifier` text,
	`denominator` integer,
	`direction` text NOT NULL,
	`summary` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `findings_updated_at_idx` ON `findings` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `findings_study_idx` ON `findings` (`study_id`);--> statement-breakpoint
CREATE INDEX `findings_value_idx` ON `findings` (`value`,`id`);--> statement-breakpoint
CREATE TABLE `format_fit` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`situation` text NOT NULL,
	`position` integer NOT NULL,
	`group_format` text,
	`individual_format` text,
	`favoured_format` text NOT NULL,
	`inferred` integer NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `format_fit_updated_at_idx` ON `format_fit` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `guides` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`topic` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`items` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `guides_updated_at_idx` ON `guides` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`parent_organization_id` text,
	`partner_organization_ids` text NOT NULL,
	`city` text,
	`region` text,
	`country` text,
	`website` text,
	`named_in_source` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `organizations_updated_at_idx` ON `organizations` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `organizations_name_idx` ON `organizations` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `prices` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`program_id` text,
	`label` text NOT NULL,
	`format` text NOT NULL,
	`amount_min_minor` integer,
	`amount_max_minor` integer,
	`open_ended` integer NOT NULL,
	`approximate` integer NOT NULL,
	`amount_text` text NOT NULL,
	`currency` text NOT NULL,
	`currency_implied` integer NOT NULL,
	`unit` text NOT NULL,
	`sessions_included` integer,
	`sessions_included_max` integer,
	`tax_note` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `prices_updated_at_idx` ON `prices` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `prices_program_idx` ON `prices` (`program_id`);--> statement-breakpoint
CREATE INDEX `prices_currency_amount_idx` ON `prices` (`currency`,`amount_min_minor`,`id`);--> statement-breakpoint
CREATE INDEX `prices_amount_idx` ON `prices` (`amount_min_minor`,`id`);--> statement-breakpoint
CREATE TABLE `programs` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`organization_id` text,
	`format` text NOT NULL,
	`dosing_setting` text NOT NULL,
	`integration_setting` text NOT NULL,
	`generic` integer NOT NULL,
	`duration_weeks` integer,
	`medicine_sessions` integer,
	`medicine_sessions_max` integer,
	`group_size_min` integer,
	`group_size_max` integer,
	`structure` text,
	`city` text,
	`region` text,
	`country` text,
	`routes` text NOT NULL,
	`conditions` text NOT NULL,
	`description` text NOT NULL,
	`financial_assistance` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `programs_updated_at_idx` ON `programs` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `programs_name_idx` ON `programs` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `programs_format_name_idx` ON `programs` (`format`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `programs_organization_idx` ON `programs` (`organization_id`);--> statement-breakpoint
CREATE INDEX `programs_country_idx` ON `programs` (`country`,`region`,`city`);--> statement-breakpoint
CREATE INDEX `programs_duration_idx` ON `programs` (`duration_weeks`,`id`);--> statement-breakpoint
CREATE TABLE `session_phases` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`description` text NOT NULL,
	`duration_min_minutes` integer,
	`duration_max_minutes` integer,
	`practical_rules` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `session_phases_updated_at_idx` ON `session_phases` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`title` text NOT NULL,
	`publisher` text,
	`authors` text NOT NULL,
	`year` integer,
	`url` text,
	`kind` text NOT NULL,
	`updated` text
);
--> statement-breakpoint
CREATE INDEX `sources_updated_at_idx` ON `sources` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `studies` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`title` text NOT NULL,
	`authors` text NOT NULL,
	`year` integer,
	`journal` text,
	`journal_reference` text,
	`url` text,
	`source_id` text,
	`design` text NOT NULL,
	`population` text,
	`intervention` text,
	`participants` integer,
	`participants_qualifier` text,
	`duration_weeks` integer,
	`follow_up_months` integer,
	`conditions` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `studies_updated_at_idx` ON `studies` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collection` text NOT NULL,
	`record_id` text NOT NULL,
	`action` text NOT NULL,
	`version` integer NOT NULL,
	`changed_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `changes_record_idx` ON `changes` (`collection`,`record_id`);