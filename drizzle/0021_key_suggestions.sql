ALTER TABLE "suggestions" ADD COLUMN "key_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "key_marked_by" text;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "key_leader_user_id" text;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "key_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "suggestions_key_idx" ON "suggestions" USING btree ("id") WHERE "suggestions"."key_since" is not null;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_key_consistent" CHECK ("suggestions"."key_since" is not null or ("suggestions"."key_leader_user_id" is null and "suggestions"."key_marked_by" is null));