ALTER TABLE "outbox" ALTER COLUMN "payload" SET DATA TYPE json;--> statement-breakpoint
-- An assignment's own start: existing ones began on their suggestion's assignment day.
ALTER TABLE "assignments" ADD COLUMN "started_on" date;--> statement-breakpoint
UPDATE "assignments" a SET "started_on" = s."assigned_on" FROM "suggestions" s WHERE s."id" = a."suggestion_id";--> statement-breakpoint
ALTER TABLE "assignments" ALTER COLUMN "started_on" SET NOT NULL;
