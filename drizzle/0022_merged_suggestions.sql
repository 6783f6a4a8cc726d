ALTER TABLE "assignments" DROP CONSTRAINT "assignments_status_check";--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "merged_into_id" integer;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "merged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "merged_by" text;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_merged_into_id_suggestions_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "suggestions_merged_into_idx" ON "suggestions" USING btree ("merged_into_id") WHERE "suggestions"."merged_into_id" is not null;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_status_check" CHECK ("assignments"."status" in ('pending', 'accepted', 'transferred', 'withdrawn', 'merged'));--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_not_merged_into_itself" CHECK ("suggestions"."merged_into_id" is null or "suggestions"."merged_into_id" <> "suggestions"."id");--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_merge_consistent" CHECK (("suggestions"."merged_into_id" is null) = ("suggestions"."merged_at" is null));--> statement-breakpoint
-- A suggestion merged into another (并案) is handled through the main one's lead assignment: it
-- has none of its own while merged, and needs one again once it is handled on its own.
CREATE OR REPLACE FUNCTION duban_require_live_lead() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target integer;
BEGIN
  IF TG_TABLE_NAME = 'suggestions' THEN
    target := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    target := OLD.suggestion_id;
  ELSE
    target := NEW.suggestion_id;
  END IF;
  IF EXISTS (SELECT 1 FROM suggestions WHERE id = target AND merged_into_id IS NULL) AND NOT EXISTS (
    SELECT 1 FROM assignments
    WHERE suggestion_id = target AND role = 'lead' AND status IN ('pending', 'accepted')
  ) THEN
    RAISE EXCEPTION 'suggestion % has no live lead assignment', target
      USING ERRCODE = 'check_violation', CONSTRAINT = 'suggestions_one_live_lead';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER suggestions_unmerged_live_lead
  AFTER UPDATE OF merged_into_id ON suggestions
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION duban_require_live_lead();
