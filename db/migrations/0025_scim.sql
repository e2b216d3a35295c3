CREATE TABLE "scim_connections" (
	"org_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"hint" text NOT NULL,
	"default_role" text DEFAULT 'org_user' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"token_created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_request_at" timestamp with time zone,
	CONSTRAINT "scim_connections_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "scim_connections_role_valid" CHECK ("scim_connections"."default_role" in ('admin','financial_manager','org_contributor','org_user','team_contributor','infra_manager'))
);
--> statement-breakpoint
CREATE TABLE "scim_requests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scim_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"status" integer NOT NULL,
	"detail" text
);
--> statement-breakpoint
CREATE TABLE "scim_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"user_name" text NOT NULL,
	"external_id" text,
	"given_name" text,
	"family_name" text,
	"display_name" text,
	"active" boolean DEFAULT true NOT NULL,
	"user_id" text,
	"invitation_id" uuid,
	"created_account" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scim_users_user_name_lowercase" CHECK ("scim_users"."user_name" = lower("scim_users"."user_name"))
);
--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_one_sender";--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "invited_by_scim" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "scim_connections" ADD CONSTRAINT "scim_connections_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scim_connections" ADD CONSTRAINT "scim_connections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scim_requests" ADD CONSTRAINT "scim_requests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scim_users" ADD CONSTRAINT "scim_users_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scim_users" ADD CONSTRAINT "scim_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scim_users" ADD CONSTRAINT "scim_users_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scim_requests_org_idx" ON "scim_requests" USING btree ("org_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "scim_users_org_user_name_uidx" ON "scim_users" USING btree ("org_id","user_name");--> statement-breakpoint
CREATE UNIQUE INDEX "scim_users_org_external_id_uidx" ON "scim_users" USING btree ("org_id","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "scim_users_org_user_idx" ON "scim_users" USING btree ("org_id","user_id");--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_one_sender" CHECK (num_nonnulls("invitations"."invited_by", "invitations"."invited_by_key_id") + "invitations"."invited_by_scim"::int <= 1);