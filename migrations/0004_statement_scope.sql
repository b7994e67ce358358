ALTER TABLE `contraindications` ADD `scope` text NOT NULL;--> statement-breakpoint
ALTER TABLE `dosing_routes` ADD `dose_scope` text;