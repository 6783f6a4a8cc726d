CREATE TABLE "ledger_version" (
	"id" smallint PRIMARY KEY NOT NULL,
	"changes" bigint NOT NULL,
	CONSTRAINT "ledger_version_single_row" CHECK ("ledger_version"."id" = 1)
);
