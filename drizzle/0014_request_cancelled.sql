ALTER TABLE "extension_requests" DROP CONSTRAINT "extension_requests_status_check";--> statement-breakpoint
ALTER TABLE "transfer_requests" DROP CONSTRAINT "transfer_requests_status_check";--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_status_check" CHECK ("extension_requests"."status" in ('pending', 'approved', 'refused', 'cancelled'));--> statement-breakpoint
ALTER TABLE "transfer_requests" ADD CONSTRAINT "transfer_requests_status_check" CHECK ("transfer_requests"."status" in ('pending', 'approved', 'refused', 'cancelled'));