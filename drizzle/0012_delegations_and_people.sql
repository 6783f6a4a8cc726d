CREATE TABLE "delegations" (
	"id" serial PRIMARY KEY NOT NULL,
	"principal_user_id" text NOT NULL,
	"delegate_user_id" text NOT NULL,
	"until" date NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	CONSTRAINT "delegations_not_to_self" CHECK ("delegations"."principal_user_id" <> "delegations"."delegate_user_id"),
	CONSTRAINT "delegations_ended_by_needs_end" CHECK ("delegations"."ended_by" is null or "delegations"."ended_at" is not null),
	CONSTRAINT "delegations_ends_after_start" CHECK ("delegations"."ends_at" > "delegations"."created_at")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"user_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"active" boolean NOT NULL,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "on_behalf_of" text[];--> statement-breakpoint
CREATE UNIQUE INDEX "delegations_one_open_per_principal" ON "delegations" USING btree ("principal_user_id") WHERE "delegations"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "delegations_open_by_delegate_idx" ON "delegations" USING btree ("delegate_user_id") WHERE "delegations"."ended_at" is null;
--> statement-breakpoint
-- A delegation changes what its delegate may see: answers cached for them must not outlive it.
CREATE CONSTRAINT TRIGGER delegations_count_change
  AFTER INSERT OR UPDATE OR DELETE ON delegations
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_count_ledger_change();
--> statement-breakpoint
CREATE TRIGGER delegations_count_truncate
  AFTER TRUNCATE ON delegations
  FOR EACH STATEMENT EXECUTE FUNCTION duban_count_ledger_change();
