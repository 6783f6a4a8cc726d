ALTER TABLE "replies" DROP CONSTRAINT "replies_status_check";--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_c_has_reason" CHECK ("replies"."reply_class" <> 'C' or length(trim(coalesce("replies"."reason", ''))) > 0);--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_status_check" CHECK ("replies"."status" in ('draft', 'division_review', 'leader_review', 'head_review', 'returned', 'approved', 'sent'));--> statement-breakpoint
-- A suggestion whose lead unit has accepted it is in hand (办理中): the reply chain starts from there.
UPDATE "suggestions" SET "status" = 'in_progress'
WHERE "status" = 'assigned' AND EXISTS (
  SELECT 1 FROM "assignments" a WHERE a."suggestion_id" = "suggestions"."id" AND a."role" = 'lead' AND a."status" = 'accepted'
);
