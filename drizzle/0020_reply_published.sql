ALTER TABLE "replies" ADD COLUMN "published_on" date;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_published_consistent" CHECK (("replies"."published_on" is null) = ("replies"."published_by" is null));--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_published_when_public" CHECK ("replies"."published_on" is null or ("replies"."status" = 'sent' and "replies"."may_publish" and "replies"."published_on" >= "replies"."sent_on"));