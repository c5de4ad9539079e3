CREATE TABLE `database_generation` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`generation` varchar(32) NOT NULL,
	`started_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	`reason` varchar(500) NOT NULL,
	CONSTRAINT `database_generation_id` PRIMARY KEY(`id`)
);
