DROP INDEX "memberships_org_role_idx";--> statement-breakpoint
DROP INDEX "memberships_org_created_idx";--> statement-breakpoint
-- Collated "C": the members list orders alike on every database, whatever its locale (drizzle-kit does not
-- track collations; db/schema.ts says so beside the column).
ALTER TABLE "memberships" ADD COLUMN "sort_key" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
-- Name then email: lower(name, or the email when there is none), \x01 (below every printable character, so a
-- name sorts before the longer names it begins), then the email. The keyset cursor carries this text.
CREATE OR REPLACE FUNCTION roster_member_sort_key(name text, email text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT lower(coalesce(nullif(btrim(name), ''), email)) || chr(1) || lower(email)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION roster_membership_sort_key() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT roster_member_sort_key(u.name, u.email) INTO NEW.sort_key FROM users u WHERE u.id = NEW.user_id;
  NEW.sort_key := coalesce(NEW.sort_key, '');
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_sort_key BEFORE INSERT OR UPDATE OF user_id ON memberships
FOR EACH ROW EXECUTE FUNCTION roster_membership_sort_key();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION roster_user_sort_key() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE memberships SET sort_key = roster_member_sort_key(NEW.name, NEW.email) WHERE user_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_member_sort_key AFTER UPDATE OF name, email ON users
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email)
EXECUTE FUNCTION roster_user_sort_key();
--> statement-breakpoint
UPDATE memberships m SET sort_key = roster_member_sort_key(u.name, u.email) FROM users u WHERE u.id = m.user_id;--> statement-breakpoint
CREATE INDEX "memberships_org_sort_idx" ON "memberships" USING btree ("org_id","sort_key","user_id");--> statement-breakpoint
CREATE INDEX "memberships_org_role_sort_idx" ON "memberships" USING btree ("org_id","role","sort_key","user_id");
