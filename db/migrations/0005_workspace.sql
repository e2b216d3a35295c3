CREATE TABLE "annotations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"input_id" uuid NOT NULL,
	"concept_id" uuid NOT NULL,
	"annotator_id" text NOT NULL,
	"review_status" text DEFAULT 'pending' NOT NULL,
	"feedback" text DEFAULT '' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annotations_one_per_annotator" UNIQUE("task_id","input_id","annotator_id"),
	CONSTRAINT "annotations_review_status_valid" CHECK ("annotations"."review_status" in ('pending','approved','rejected')),
	CONSTRAINT "annotations_feedback_length" CHECK (char_length("annotations"."feedback") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"org_id" text PRIMARY KEY NOT NULL,
	"monthly_cents" bigint NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_amount_range" CHECK ("budgets"."monthly_cents" between 0 and 100000000000)
);
--> statement-breakpoint
CREATE TABLE "concepts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concepts_app_id_unique" UNIQUE("org_id","app_id","id"),
	CONSTRAINT "concepts_app_name_unique" UNIQUE("app_id","name"),
	CONSTRAINT "concepts_name_length" CHECK (char_length("concepts"."name") between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "datasets_app_id_unique" UNIQUE("org_id","app_id","id"),
	CONSTRAINT "datasets_app_name_unique" UNIQUE("app_id","name"),
	CONSTRAINT "datasets_name_length" CHECK (char_length("datasets"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "deployments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"model_version_id" uuid NOT NULL,
	"cluster_id" text NOT NULL,
	"nodepool_id" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deployments_version_nodepool_unique" UNIQUE("model_version_id","cluster_id","nodepool_id")
);
--> statement-breakpoint
CREATE TABLE "inputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inputs_app_id_unique" UNIQUE("org_id","app_id","id"),
	CONSTRAINT "inputs_kind_valid" CHECK ("inputs"."kind" in ('image','text')),
	CONSTRAINT "inputs_content_length" CHECK (char_length("inputs"."content") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "labeling_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"name" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "labeling_tasks_app_id_unique" UNIQUE("org_id","app_id","id"),
	CONSTRAINT "labeling_tasks_name_length" CHECK (char_length("labeling_tasks"."name") between 1 and 100),
	CONSTRAINT "labeling_tasks_instructions_length" CHECK (char_length("labeling_tasks"."instructions") <= 5000)
);
--> statement-breakpoint
CREATE TABLE "model_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"metrics" jsonb NOT NULL,
	"trained_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_versions_app_id_unique" UNIQUE("org_id","app_id","id"),
	CONSTRAINT "model_versions_model_version_unique" UNIQUE("model_id","version"),
	CONSTRAINT "model_versions_version_positive" CHECK ("model_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "models_app_id_unique" UNIQUE("org_id","app_id","id"),
	CONSTRAINT "models_app_name_unique" UNIQUE("app_id","name"),
	CONSTRAINT "models_name_length" CHECK (char_length("models"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "task_assignees" (
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_assignees_task_id_user_id_pk" PRIMARY KEY("task_id","user_id"),
	CONSTRAINT "task_assignees_status_valid" CHECK ("task_assignees"."status" in ('not_started','in_progress','completed'))
);
--> statement-breakpoint
CREATE TABLE "task_concepts" (
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"concept_id" uuid NOT NULL,
	CONSTRAINT "task_concepts_task_id_concept_id_pk" PRIMARY KEY("task_id","concept_id")
);
--> statement-breakpoint
CREATE TABLE "usage_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid,
	"app_label" text NOT NULL,
	"month" date NOT NULL,
	"category" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_records_month_first_day" CHECK (extract(day from "usage_records"."month") = 1),
	CONSTRAINT "usage_records_category_valid" CHECK ("usage_records"."category" in ('training','inference','storage','labeling')),
	CONSTRAINT "usage_records_amount_nonnegative" CHECK ("usage_records"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "workflow_steps" (
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"workflow_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"model_id" uuid NOT NULL,
	CONSTRAINT "workflow_steps_workflow_id_position_pk" PRIMARY KEY("workflow_id","position"),
	CONSTRAINT "workflow_steps_position_range" CHECK ("workflow_steps"."position" between 0 and 19)
);
--> statement-breakpoint
CREATE TABLE "workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflows_app_id_unique" UNIQUE("org_id","app_id","id"),
	CONSTRAINT "workflows_app_name_unique" UNIQUE("app_id","name"),
	CONSTRAINT "workflows_name_length" CHECK (char_length("workflows"."name") between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_org_id_app_id_task_id_labeling_tasks_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","task_id") REFERENCES "public"."labeling_tasks"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_org_id_app_id_input_id_inputs_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","input_id") REFERENCES "public"."inputs"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_org_id_app_id_concept_id_concepts_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","concept_id") REFERENCES "public"."concepts"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_task_id_annotator_id_task_assignees_task_id_user_id_fk" FOREIGN KEY ("task_id","annotator_id") REFERENCES "public"."task_assignees"("task_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concepts" ADD CONSTRAINT "concepts_org_id_app_id_apps_org_id_id_fk" FOREIGN KEY ("org_id","app_id") REFERENCES "public"."apps"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_org_id_app_id_apps_org_id_id_fk" FOREIGN KEY ("org_id","app_id") REFERENCES "public"."apps"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_org_id_app_id_model_version_id_model_versions_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","model_version_id") REFERENCES "public"."model_versions"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_org_id_cluster_id_nodepool_id_nodepools_org_id_cluster_id_id_fk" FOREIGN KEY ("org_id","cluster_id","nodepool_id") REFERENCES "public"."nodepools"("org_id","cluster_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inputs" ADD CONSTRAINT "inputs_org_id_app_id_dataset_id_datasets_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","dataset_id") REFERENCES "public"."datasets"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labeling_tasks" ADD CONSTRAINT "labeling_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labeling_tasks" ADD CONSTRAINT "labeling_tasks_org_id_app_id_dataset_id_datasets_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","dataset_id") REFERENCES "public"."datasets"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_trained_by_users_id_fk" FOREIGN KEY ("trained_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_org_id_app_id_model_id_models_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","model_id") REFERENCES "public"."models"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_org_id_app_id_apps_org_id_id_fk" FOREIGN KEY ("org_id","app_id") REFERENCES "public"."apps"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignees" ADD CONSTRAINT "task_assignees_org_id_app_id_task_id_labeling_tasks_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","task_id") REFERENCES "public"."labeling_tasks"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignees" ADD CONSTRAINT "task_assignees_org_id_user_id_memberships_org_id_user_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."memberships"("org_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_concepts" ADD CONSTRAINT "task_concepts_org_id_app_id_task_id_labeling_tasks_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","task_id") REFERENCES "public"."labeling_tasks"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_concepts" ADD CONSTRAINT "task_concepts_org_id_app_id_concept_id_concepts_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","concept_id") REFERENCES "public"."concepts"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_org_id_app_id_workflow_id_workflows_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","workflow_id") REFERENCES "public"."workflows"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_org_id_app_id_model_id_models_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","model_id") REFERENCES "public"."models"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflows" ADD CONSTRAINT "workflows_org_id_app_id_apps_org_id_id_fk" FOREIGN KEY ("org_id","app_id") REFERENCES "public"."apps"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annotations_app_review_idx" ON "annotations" USING btree ("app_id","review_status");--> statement-breakpoint
CREATE INDEX "deployments_org_created_idx" ON "deployments" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "inputs_dataset_created_idx" ON "inputs" USING btree ("dataset_id","created_at","id");--> statement-breakpoint
CREATE INDEX "labeling_tasks_app_created_idx" ON "labeling_tasks" USING btree ("app_id","created_at");--> statement-breakpoint
CREATE INDEX "task_assignees_org_user_idx" ON "task_assignees" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "usage_records_org_month_idx" ON "usage_records" USING btree ("org_id","month");--> statement-breakpoint
CREATE INDEX "workflow_steps_model_idx" ON "workflow_steps" USING btree ("model_id");