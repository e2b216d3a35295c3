-- Moving an org app to another organization changes org_id on the app and on every row inside it
-- (db/queries/app-transfer.ts). These keys include org_id, so they are made DEFERRABLE (still checked
-- at once by default): the transfer defers them, rewrites every table in one transaction and checks
-- them all before commit. drizzle's schema cannot say DEFERRABLE, hence this hand-written migration;
-- tests/integration/app-id-and-transfer.test.ts checks the keys stay deferrable.
ALTER TABLE "concepts" ALTER CONSTRAINT "concepts_org_id_app_id_apps_org_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "datasets" ALTER CONSTRAINT "datasets_org_id_app_id_apps_org_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "models" ALTER CONSTRAINT "models_org_id_app_id_apps_org_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "workflows" ALTER CONSTRAINT "workflows_org_id_app_id_apps_org_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "inputs" ALTER CONSTRAINT "inputs_org_id_app_id_dataset_id_datasets_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "labeling_tasks" ALTER CONSTRAINT "labeling_tasks_org_id_app_id_dataset_id_datasets_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "model_versions" ALTER CONSTRAINT "model_versions_org_id_app_id_model_id_models_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "workflow_steps" ALTER CONSTRAINT "workflow_steps_org_id_app_id_workflow_id_workflows_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "workflow_steps" ALTER CONSTRAINT "workflow_steps_org_id_app_id_model_id_models_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "task_concepts" ALTER CONSTRAINT "task_concepts_org_id_app_id_task_id_labeling_tasks_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "task_concepts" ALTER CONSTRAINT "task_concepts_org_id_app_id_concept_id_concepts_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "task_assignees" ALTER CONSTRAINT "task_assignees_org_id_app_id_task_id_labeling_tasks_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "annotations" ALTER CONSTRAINT "annotations_org_id_app_id_task_id_labeling_tasks_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "annotations" ALTER CONSTRAINT "annotations_org_id_app_id_input_id_inputs_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "annotations" ALTER CONSTRAINT "annotations_org_id_app_id_concept_id_concepts_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;
