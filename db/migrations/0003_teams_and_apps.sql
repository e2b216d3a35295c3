CREATE TABLE "apps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text,
	"owner_user_id" text,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "apps_org_id_unique" UNIQUE("org_id","id"),
	CONSTRAINT "apps_one_owner" CHECK (("apps"."org_id" is null) <> ("apps"."owner_user_id" is null)),
	CONSTRAINT "apps_slug_format" CHECK ("apps"."slug" ~ '^[a-z0-9_-]{2,48}$'),
	CONSTRAINT "apps_name_length" CHECK (char_length("apps"."name") between 1 and 100),
	CONSTRAINT "apps_visibility_valid" CHECK ("apps"."visibility" in ('private','org'))
);
--> statement-breakpoint
CREATE TABLE "team_apps" (
	"org_id" text NOT NULL,
	"team_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"permission" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_apps_org_id_team_id_app_id_pk" PRIMARY KEY("org_id","team_id","app_id"),
	CONSTRAINT "team_apps_permission_valid" CHECK ("team_apps"."permission" in ('full_access','model_trainer','labeler_lead','labeler_worker'))
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"org_id" text NOT NULL,
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_members_org_id_team_id_user_id_pk" PRIMARY KEY("org_id","team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"default_permission" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "teams_id_format" CHECK ("teams"."id" ~ '^[a-z0-9_-]{2,48}$'),
	CONSTRAINT "teams_name_length" CHECK (char_length("teams"."name") between 1 and 100),
	CONSTRAINT "teams_default_permission_valid" CHECK ("teams"."default_permission" in ('full_access','model_trainer','labeler_lead','labeler_worker'))
);
--> statement-breakpoint
ALTER TABLE "apps" ADD CONSTRAINT "apps_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apps" ADD CONSTRAINT "apps_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_apps" ADD CONSTRAINT "team_apps_org_id_team_id_teams_org_id_id_fk" FOREIGN KEY ("org_id","team_id") REFERENCES "public"."teams"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_apps" ADD CONSTRAINT "team_apps_org_id_app_id_apps_org_id_id_fk" FOREIGN KEY ("org_id","app_id") REFERENCES "public"."apps"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_org_id_team_id_teams_org_id_id_fk" FOREIGN KEY ("org_id","team_id") REFERENCES "public"."teams"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_org_id_user_id_memberships_org_id_user_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."memberships"("org_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "apps_org_slug_uidx" ON "apps" USING btree ("org_id","slug") WHERE org_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "apps_owner_slug_uidx" ON "apps" USING btree ("owner_user_id","slug") WHERE owner_user_id is not null;--> statement-breakpoint
CREATE INDEX "team_apps_org_app_idx" ON "team_apps" USING btree ("org_id","app_id");--> statement-breakpoint
CREATE INDEX "team_members_org_user_idx" ON "team_members" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "teams_org_created_idx" ON "teams" USING btree ("org_id","created_at","id");