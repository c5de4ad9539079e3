ALTER TABLE `records` ADD `last_version_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '';--> statement-breakpoint
UPDATE `records` r SET r.`last_version_id` = (SELECT v.`version_id` FROM `versions` v WHERE v.`seq` = r.`last_seq`);--> statement-breakpoint
ALTER TABLE `records` ALTER COLUMN `last_version_id` DROP DEFAULT;--> statement-breakpoint
ALTER TABLE `records` DROP COLUMN `last_seq`;
