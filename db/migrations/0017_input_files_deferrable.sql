-- input_files moves with its app too (db/queries/app-transfer.ts): its org_id keys become deferrable
-- like those of 0015_org_app_transfer.
ALTER TABLE "input_files" ALTER CONSTRAINT "input_files_org_id_app_id_input_id_inputs_org_id_app_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "input_files" ALTER CONSTRAINT "input_files_org_id_app_id_apps_org_id_id_fk" DEFERRABLE INITIALLY IMMEDIATE;
