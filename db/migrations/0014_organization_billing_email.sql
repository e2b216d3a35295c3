-- Addresses written before emailSchema lowercased them are brought into line before the check holds them so.
UPDATE "organizations" SET "billing_email" = lower("billing_email") WHERE "billing_email" <> lower("billing_email");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_billing_email_lowercase" CHECK ("organizations"."billing_email" = lower("organizations"."billing_email"));
