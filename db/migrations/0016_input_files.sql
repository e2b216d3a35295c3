CREATE TABLE "input_files" (
	"input_id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"app_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"thumb" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "input_files_content_type_valid" CHECK ("input_files"."content_type" in ('image/png','image/jpeg','image/webp','image/gif')),
	CONSTRAINT "input_files_byte_size_range" CHECK ("input_files"."byte_size" between 1 and 5242880 and octet_length("input_files"."bytes") = "input_files"."byte_size"),
	CONSTRAINT "input_files_thumb_size" CHECK ("input_files"."thumb" is null or octet_length("input_files"."thumb") <= 262144),
	CONSTRAINT "input_files_dimensions" CHECK (("input_files"."width" is null or "input_files"."width" between 1 and 100000) and ("input_files"."height" is null or "input_files"."height" between 1 and 100000))
);
--> statement-breakpoint
ALTER TABLE "input_files" ADD CONSTRAINT "input_files_org_id_app_id_input_id_inputs_org_id_app_id_id_fk" FOREIGN KEY ("org_id","app_id","input_id") REFERENCES "public"."inputs"("org_id","app_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_files" ADD CONSTRAINT "input_files_org_id_app_id_apps_org_id_id_fk" FOREIGN KEY ("org_id","app_id") REFERENCES "public"."apps"("org_id","id") ON DELETE cascade ON UPDATE no action;