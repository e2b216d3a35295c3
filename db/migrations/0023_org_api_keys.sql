ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_actor_kind_valid";--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "invited_by_key_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_kind_valid" CHECK ("audit_events"."actor_kind" in ('user','api_token','api_key','scim'));--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_one_sender" CHECK ("invitations"."invited_by" is null or "invitations"."invited_by_key_id" is null);--> statement-breakpoint
-- Declared here, not in db/schema.ts: see the column's comment there.
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_key_id_api_tokens_id_fk" FOREIGN KEY ("invited_by_key_id") REFERENCES "public"."api_tokens"("id") ON DELETE set null ON UPDATE no action;
