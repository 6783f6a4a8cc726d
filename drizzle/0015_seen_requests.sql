CREATE TABLE "seen_requests" (
	"signature_hash" text PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "seen_requests_sent_at_idx" ON "seen_requests" USING btree ("sent_at");