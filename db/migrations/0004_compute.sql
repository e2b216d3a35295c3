CREATE TABLE "clusters" (
	"org_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clusters_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "clusters_id_format" CHECK ("clusters"."id" ~ '^[a-z0-9_-]{2,48}$'),
	CONSTRAINT "clusters_name_length" CHECK (char_length("clusters"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "nodepools" (
	"org_id" text NOT NULL,
	"cluster_id" text NOT NULL,
	"id" text NOT NULL,
	"instance_type" text NOT NULL,
	"min_nodes" integer NOT NULL,
	"max_nodes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nodepools_org_id_cluster_id_id_pk" PRIMARY KEY("org_id","cluster_id","id"),
	CONSTRAINT "nodepools_id_format" CHECK ("nodepools"."id" ~ '^[a-z0-9_-]{2,48}$'),
	CONSTRAINT "nodepools_node_range" CHECK ("nodepools"."min_nodes" >= 0 and "nodepools"."max_nodes" >= "nodepools"."min_nodes" and "nodepools"."max_nodes" <= 1000)
);
--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nodepools" ADD CONSTRAINT "nodepools_org_id_cluster_id_clusters_org_id_id_fk" FOREIGN KEY ("org_id","cluster_id") REFERENCES "public"."clusters"("org_id","id") ON DELETE cascade ON UPDATE no action;