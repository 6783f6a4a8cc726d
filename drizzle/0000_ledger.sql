CREATE TABLE "assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"suggestion_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"responsible_leader_user_id" text,
	"division" text,
	"handler_user_id" text,
	"accepted_at" timestamp with time zone,
	"accepted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_role_check" CHECK ("assignments"."role" in ('lead', 'co')),
	CONSTRAINT "assignments_status_check" CHECK ("assignments"."status" in ('pending', 'accepted', 'transferred', 'withdrawn')),
	CONSTRAINT "assignments_accepted_consistent" CHECK (("assignments"."accepted_at" is null) = ("assignments"."accepted_by" is null))
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_overrides" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_overrides_kind_check" CHECK ("calendar_overrides"."kind" in ('workday', 'holiday'))
);
--> statement-breakpoint
CREATE TABLE "co_opinions" (
	"id" serial PRIMARY KEY NOT NULL,
	"assignment_id" integer NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"body" text NOT NULL,
	"submitted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" serial PRIMARY KEY NOT NULL,
	"reply_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"description" text NOT NULL,
	"due_on" date NOT NULL,
	"written_off_at" timestamp with time zone,
	"written_off_by" text,
	"carried_to_followup" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_seq_positive" CHECK ("commitments"."seq" >= 1),
	CONSTRAINT "commitments_written_off_consistent" CHECK (("commitments"."written_off_at" is null) = ("commitments"."written_off_by" is null))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" serial PRIMARY KEY NOT NULL,
	"assignment_id" integer NOT NULL,
	"stage" text NOT NULL,
	"mode" text NOT NULL,
	"contacted_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"logged_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_stage_check" CHECK ("contacts"."stage" in ('before', 'during', 'after')),
	CONSTRAINT "contacts_mode_check" CHECK ("contacts"."mode" in ('in_person', 'phone', 'forum', 'visit', 'online'))
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" serial PRIMARY KEY NOT NULL,
	"suggestion_id" integer NOT NULL,
	"round" integer NOT NULL,
	"verdict" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_verdict_check" CHECK ("evaluations"."verdict" in ('satisfied', 'basically_satisfied', 'dissatisfied'))
);
--> statement-breakpoint
CREATE TABLE "extension_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"assignment_id" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_due_on" date NOT NULL,
	CONSTRAINT "extension_requests_status_check" CHECK ("extension_requests"."status" in ('pending', 'approved', 'refused')),
	CONSTRAINT "extension_requests_reason_not_blank" CHECK (length(trim("extension_requests"."reason")) > 0),
	CONSTRAINT "extension_requests_decided_consistent" CHECK (("extension_requests"."status" = 'pending') = ("extension_requests"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"job" text NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"instance" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"detail" jsonb,
	CONSTRAINT "job_runs_status_check" CHECK ("job_runs"."status" in ('running', 'succeeded', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_role_check" CHECK ("members"."role" in ('liaison', 'handler', 'division', 'leader', 'head', 'member'))
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" serial PRIMARY KEY NOT NULL,
	"assignment_id" integer NOT NULL,
	"kind" text NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"planned_on" date NOT NULL,
	"remind_from" date,
	"done_at" timestamp with time zone,
	"done_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestones_kind_check" CHECK ("milestones"."kind" in ('accept', 'transfer_window', 'pre_contact', 'co_opinion', 'draft', 'division_review', 'leader_review', 'head_signoff', 'reply', 'feedback')),
	CONSTRAINT "milestones_done_consistent" CHECK (("milestones"."done_at" is null) = ("milestones"."done_by" is null)),
	CONSTRAINT "milestones_remind_not_after_planned" CHECK ("milestones"."remind_from" is null or "milestones"."remind_from" <= "milestones"."planned_on")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"method" text NOT NULL,
	"channel" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"permanent_failures" integer DEFAULT 0 NOT NULL,
	"claimed_by" text,
	"maybe_sent" boolean DEFAULT false NOT NULL,
	"first_attempt_at" timestamp with time zone,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"result" jsonb,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_status_check" CHECK ("outbox"."status" in ('pending', 'sending', 'sent', 'dead')),
	CONSTRAINT "outbox_sent_consistent" CHECK (("outbox"."status" = 'sent') = ("outbox"."sent_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "outbox_channel_pace" (
	"channel" text PRIMARY KEY NOT NULL,
	"next_send_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "replies" (
	"id" serial PRIMARY KEY NOT NULL,
	"suggestion_id" integer NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"reply_class" text NOT NULL,
	"summary" text NOT NULL,
	"document_url" text,
	"may_publish" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sent_on" date,
	"drafted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "replies_class_check" CHECK ("replies"."reply_class" in ('A', 'B', 'C', 'D')),
	CONSTRAINT "replies_status_check" CHECK ("replies"."status" in ('draft', 'in_review', 'returned', 'approved', 'sent')),
	CONSTRAINT "replies_sent_consistent" CHECK (("replies"."status" = 'sent') = ("replies"."sent_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"reply_id" integer NOT NULL,
	"level" text NOT NULL,
	"decision" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"reviewer_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_level_check" CHECK ("reviews"."level" in ('division', 'leader', 'head')),
	CONSTRAINT "reviews_decision_check" CHECK ("reviews"."decision" in ('approve', 'return')),
	CONSTRAINT "reviews_return_has_comment" CHECK ("reviews"."decision" = 'approve' or length(trim("reviews"."comment")) > 0)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"lead_deputy" text DEFAULT '' NOT NULL,
	"co_signers" text[] DEFAULT '{}'::text[] NOT NULL,
	"field" text DEFAULT '' NOT NULL,
	"assigned_on" date NOT NULL,
	"statutory_due_on" date NOT NULL,
	"internal_due_on" date NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suggestions_status_check" CHECK ("suggestions"."status" in ('assigned', 'in_progress', 'replied', 'evaluated', 'closed', 'reopened')),
	CONSTRAINT "suggestions_due_after_assigned" CHECK ("suggestions"."statutory_due_on" > "suggestions"."assigned_on"),
	CONSTRAINT "suggestions_internal_before_statutory" CHECK ("suggestions"."internal_due_on" <= "suggestions"."statutory_due_on"),
	CONSTRAINT "suggestions_internal_after_assigned" CHECK ("suggestions"."internal_due_on" >= "suggestions"."assigned_on"),
	CONSTRAINT "suggestions_round_positive" CHECK ("suggestions"."round" >= 1),
	CONSTRAINT "suggestions_code_not_blank" CHECK (length(trim("suggestions"."code")) > 0)
);
--> statement-breakpoint
CREATE TABLE "supervisors" (
	"user_id" text PRIMARY KEY NOT NULL,
	"granted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfer_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"assignment_id" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"to_unit_id" integer,
	CONSTRAINT "transfer_requests_status_check" CHECK ("transfer_requests"."status" in ('pending', 'approved', 'refused')),
	CONSTRAINT "transfer_requests_reason_not_blank" CHECK (length(trim("transfer_requests"."reason")) > 0),
	CONSTRAINT "transfer_requests_decided_consistent" CHECK (("transfer_requests"."status" = 'pending') = ("transfer_requests"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"channel_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_name_not_blank" CHECK (length(trim("units"."name")) > 0)
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_opinions" ADD CONSTRAINT "co_opinions_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_requests" ADD CONSTRAINT "transfer_requests_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_requests" ADD CONSTRAINT "transfer_requests_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_live_unit_unique" ON "assignments" USING btree ("suggestion_id","unit_id") WHERE "assignments"."status" in ('pending', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_one_live_lead" ON "assignments" USING btree ("suggestion_id") WHERE "assignments"."role" = 'lead' and "assignments"."status" in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "assignments_suggestion_idx" ON "assignments" USING btree ("suggestion_id");--> statement-breakpoint
CREATE INDEX "assignments_live_by_unit_idx" ON "assignments" USING btree ("unit_id","suggestion_id") WHERE "assignments"."status" in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "assignments_live_by_handler_idx" ON "assignments" USING btree ("handler_user_id","suggestion_id") WHERE "assignments"."status" in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "co_opinions_assignment_round_unique" ON "co_opinions" USING btree ("assignment_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_reply_seq_unique" ON "commitments" USING btree ("reply_id","seq");--> statement-breakpoint
CREATE INDEX "contacts_assignment_idx" ON "contacts" USING btree ("assignment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_suggestion_round_unique" ON "evaluations" USING btree ("suggestion_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "extension_requests_one_pending" ON "extension_requests" USING btree ("assignment_id") WHERE "extension_requests"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "job_runs_job_fire_unique" ON "job_runs" USING btree ("job","scheduled_for");--> statement-breakpoint
CREATE UNIQUE INDEX "members_unit_user_role_unique" ON "members" USING btree ("unit_id","user_id","role");--> statement-breakpoint
CREATE INDEX "members_user_idx" ON "members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "milestones_assignment_kind_round_unique" ON "milestones" USING btree ("assignment_id","kind","round");--> statement-breakpoint
CREATE INDEX "milestones_open_planned_idx" ON "milestones" USING btree ("planned_on") WHERE "milestones"."done_at" is null;--> statement-breakpoint
CREATE INDEX "milestones_open_steps_idx" ON "milestones" USING btree ("assignment_id","planned_on") WHERE "milestones"."done_at" is null and "milestones"."kind" not in ('transfer_window');--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_idempotency_key_unique" ON "outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "outbox_ready_idx" ON "outbox" USING btree ("not_before") WHERE "outbox"."status" in ('pending', 'sending');--> statement-breakpoint
CREATE UNIQUE INDEX "replies_suggestion_round_unique" ON "replies" USING btree ("suggestion_id","round");--> statement-breakpoint
CREATE INDEX "reviews_reply_idx" ON "reviews" USING btree ("reply_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_name_unique" ON "sessions" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_one_current" ON "sessions" USING btree ("is_current") WHERE "sessions"."is_current";--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_session_code_unique" ON "suggestions" USING btree ("session_id","code");--> statement-breakpoint
CREATE INDEX "suggestions_status_idx" ON "suggestions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "suggestions_created_by_idx" ON "suggestions" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_requests_one_pending" ON "transfer_requests" USING btree ("assignment_id") WHERE "transfer_requests"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "units_name_unique" ON "units" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "units_channel_unique" ON "units" USING btree ("channel_id");