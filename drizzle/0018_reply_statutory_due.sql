ALTER TABLE "replies" ADD COLUMN "statutory_due_on" date;--> statement-breakpoint
-- A reply of the round in force was sent under the deadline the suggestion still holds; one of an
-- earlier round under a deadline no longer known, which the figures then leave out.
UPDATE "replies" r SET "statutory_due_on" = s."statutory_due_on" FROM "suggestions" s WHERE s."id" = r."suggestion_id" AND r."status" = 'sent' AND r."round" = s."round";
