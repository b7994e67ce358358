ALTER TABLE `contraindications` ADD `inferred` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- The one seeded contraindication that rests only on a table cell whose check mark was lost in extraction.
UPDATE `contraindications` SET `inferred` = 1 WHERE `id` = 'active-ptsd-with-hypervigilance';
