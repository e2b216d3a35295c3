CREATE INDEX "annotations_input_idx" ON "annotations" USING btree ("input_id");--> statement-breakpoint
CREATE INDEX "annotations_concept_idx" ON "annotations" USING btree ("concept_id");--> statement-breakpoint
CREATE INDEX "deployments_nodepool_idx" ON "deployments" USING btree ("org_id","cluster_id","nodepool_id");--> statement-breakpoint
CREATE INDEX "labeling_tasks_dataset_idx" ON "labeling_tasks" USING btree ("dataset_id");--> statement-breakpoint
CREATE INDEX "task_concepts_concept_idx" ON "task_concepts" USING btree ("concept_id");