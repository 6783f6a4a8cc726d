ALTER TABLE "contacts" ADD COLUMN "submission_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_submission_key_unique" ON "contacts" USING btree ("submission_key");