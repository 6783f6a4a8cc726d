ALTER TABLE "outbox" DROP CONSTRAINT "outbox_status_check";--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "gathers" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "gathered_into" bigint;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "thread_of" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_gathered_into_outbox_id_fk" FOREIGN KEY ("gathered_into") REFERENCES "public"."outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_held_idx" ON "outbox" USING btree ("channel") WHERE "outbox"."status" = 'held';--> statement-breakpoint
CREATE INDEX "outbox_gathered_into_idx" ON "outbox" USING btree ("gathered_into");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_gathered_consistent" CHECK (("outbox"."status" = 'gathered') = ("outbox"."gathered_into" is not null));--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_status_check" CHECK ("outbox"."status" in ('pending', 'sending', 'sent', 'dead', 'held', 'gathered'));