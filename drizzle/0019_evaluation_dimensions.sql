ALTER TABLE "evaluations" ADD COLUMN "communication" text;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "attitude" text;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "result" text;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_communication_check" CHECK ("evaluations"."communication" in ('satisfied', 'basically_satisfied', 'dissatisfied'));--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_attitude_check" CHECK ("evaluations"."attitude" in ('satisfied', 'basically_satisfied', 'dissatisfied'));--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_result_check" CHECK ("evaluations"."result" in ('satisfied', 'basically_satisfied', 'dissatisfied'));