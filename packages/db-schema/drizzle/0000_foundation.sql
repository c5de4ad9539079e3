CREATE TABLE `audit_log` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`actor_id` char(36) CHARACTER SET ascii COLLATE ascii_bin,
	`actor_username` varchar(64),
	`action` varchar(64) NOT NULL,
	`subject` varchar(255),
	`outcome` varchar(16) NOT NULL,
	`detail` json,
	`ip` varchar(45),
	CONSTRAINT `audit_log_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `devices` (
	`device_id` varchar(64) NOT NULL,
	`user_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`app_version` varchar(32),
	`last_push_at` datetime(3),
	`last_pull_at` datetime(3),
	`pending_versions` int NOT NULL DEFAULT 0,
	`oldest_pending_at` datetime(3),
	CONSTRAINT `devices_device_id` PRIMARY KEY(`device_id`)
);
--> statement-breakpoint
CREATE TABLE `hospitals` (
	`id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`name` varchar(200) NOT NULL,
	`address` varchar(500),
	`region` varchar(100),
	`zone` varchar(100),
	`active` boolean NOT NULL DEFAULT true,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `hospitals_id` PRIMARY KEY(`id`),
	CONSTRAINT `hospitals_name_unique` UNIQUE(`name`)
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`user_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`hospital_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `memberships_pk` PRIMARY KEY(`user_id`,`hospital_id`)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` char(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`user_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`device_id` varchar(64),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`expires_at` datetime(3) NOT NULL,
	`last_seen_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `sessions_token_hash` PRIMARY KEY(`token_hash`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`username` varchar(64) NOT NULL,
	`full_name` varchar(200) NOT NULL,
	`role` enum('surgeon','coordinator','admin') NOT NULL,
	`password_hash` varchar(255) NOT NULL,
	`active` boolean NOT NULL DEFAULT true,
	`failed_logins` int NOT NULL DEFAULT 0,
	`locked_until` datetime(3),
	`created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `users_id` PRIMARY KEY(`id`),
	CONSTRAINT `users_username_unique` UNIQUE(`username`)
);
--> statement-breakpoint
CREATE TABLE `records` (
	`entity_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`entity` varchar(16) NOT NULL,
	`hospital_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`patient_id` char(36) CHARACTER SET ascii COLLATE ascii_bin,
	`head_version_ids` json NOT NULL,
	`preferred_version_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`in_conflict` boolean NOT NULL DEFAULT false,
	`deleted` boolean NOT NULL DEFAULT false,
	`last_seq` bigint unsigned NOT NULL,
	`updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `records_entity_id` PRIMARY KEY(`entity_id`)
);
--> statement-breakpoint
CREATE TABLE `seq_counter` (
	`id` tinyint unsigned NOT NULL,
	`value` bigint unsigned NOT NULL DEFAULT 0,
	CONSTRAINT `seq_counter_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `versions` (
	`version_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`seq` bigint unsigned NOT NULL,
	`entity` varchar(16) NOT NULL,
	`entity_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`hospital_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`parents` json NOT NULL,
	`data` json NOT NULL,
	`deleted` boolean NOT NULL,
	`author_id` char(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	`device_id` varchar(64) NOT NULL,
	`created_at` varchar(40) NOT NULL,
	`schema_version` int NOT NULL,
	`received_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	CONSTRAINT `versions_version_id` PRIMARY KEY(`version_id`),
	CONSTRAINT `versions_seq_unique` UNIQUE(`seq`)
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_id_idx` ON `audit_log` (`actor_id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`);--> statement-breakpoint
CREATE INDEX `devices_user_id_idx` ON `devices` (`user_id`);--> statement-breakpoint
CREATE INDEX `memberships_hospital_id_idx` ON `memberships` (`hospital_id`);--> statement-breakpoint
CREATE INDEX `sessions_user_id_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_at_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE INDEX `records_entity_hospital_idx` ON `records` (`entity`,`hospital_id`);--> statement-breakpoint
CREATE INDEX `records_in_conflict_idx` ON `records` (`in_conflict`);--> statement-breakpoint
CREATE INDEX `records_patient_id_idx` ON `records` (`patient_id`);--> statement-breakpoint
CREATE INDEX `versions_hospital_seq_idx` ON `versions` (`hospital_id`,`seq`);--> statement-breakpoint
CREATE INDEX `versions_entity_id_idx` ON `versions` (`entity_id`);--> statement-breakpoint
CREATE INDEX `versions_author_id_idx` ON `versions` (`author_id`);