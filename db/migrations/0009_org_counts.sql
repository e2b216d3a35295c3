CREATE TABLE "org_counts" (
	"org_id" text PRIMARY KEY NOT NULL,
	"members" integer DEFAULT 0 NOT NULL,
	"pending_invitations" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "org_counts_not_negative" CHECK ("org_counts"."members" >= 0 and "org_counts"."pending_invitations" >= 0)
);
--> statement-breakpoint
ALTER TABLE "org_counts" ADD CONSTRAINT "org_counts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Counts of members and pending invitations per organization, kept exact in the transaction that changes
-- them: statement-level triggers with transition tables, so a bulk invite of 1,000 is one update, not
-- 1,000. Organizations get their row when created; upserts make the counts right even without it.
CREATE OR REPLACE FUNCTION roster_org_counts_new_org() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO org_counts (org_id) VALUES (NEW.id) ON CONFLICT (org_id) DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organizations_count_row AFTER INSERT ON organizations FOR EACH ROW EXECUTE FUNCTION roster_org_counts_new_org();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION roster_org_counts_members() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO org_counts AS c (org_id, members)
      SELECT org_id, count(*) FROM counted_new GROUP BY org_id
      ON CONFLICT (org_id) DO UPDATE SET members = c.members + excluded.members;
  ELSE
    UPDATE org_counts c SET members = c.members - d.n
      FROM (SELECT org_id, count(*) AS n FROM counted_old GROUP BY org_id) d
      WHERE c.org_id = d.org_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_count_insert AFTER INSERT ON memberships REFERENCING NEW TABLE AS counted_new
  FOR EACH STATEMENT EXECUTE FUNCTION roster_org_counts_members();
--> statement-breakpoint
CREATE TRIGGER memberships_count_delete AFTER DELETE ON memberships REFERENCING OLD TABLE AS counted_old
  FOR EACH STATEMENT EXECUTE FUNCTION roster_org_counts_members();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION roster_org_counts_invitations() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO org_counts AS c (org_id, pending_invitations)
      SELECT org_id, count(*) FROM counted_new WHERE status = 'pending' GROUP BY org_id
      ON CONFLICT (org_id) DO UPDATE SET pending_invitations = c.pending_invitations + excluded.pending_invitations;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE org_counts c SET pending_invitations = c.pending_invitations - d.n
      FROM (SELECT org_id, count(*) AS n FROM counted_old WHERE status = 'pending' GROUP BY org_id) d
      WHERE c.org_id = d.org_id;
  ELSE
    UPDATE org_counts c SET pending_invitations = c.pending_invitations + d.n
      FROM (
        SELECT org_id, sum(delta) AS n FROM (
          SELECT org_id, 1 AS delta FROM counted_new WHERE status = 'pending'
          UNION ALL
          SELECT org_id, -1 FROM counted_old WHERE status = 'pending'
        ) changes GROUP BY org_id HAVING sum(delta) <> 0
      ) d
      WHERE c.org_id = d.org_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER invitations_count_insert AFTER INSERT ON invitations REFERENCING NEW TABLE AS counted_new
  FOR EACH STATEMENT EXECUTE FUNCTION roster_org_counts_invitations();
--> statement-breakpoint
CREATE TRIGGER invitations_count_delete AFTER DELETE ON invitations REFERENCING OLD TABLE AS counted_old
  FOR EACH STATEMENT EXECUTE FUNCTION roster_org_counts_invitations();
--> statement-breakpoint
CREATE TRIGGER invitations_count_update AFTER UPDATE ON invitations REFERENCING OLD TABLE AS counted_old NEW TABLE AS counted_new
  FOR EACH STATEMENT EXECUTE FUNCTION roster_org_counts_invitations();
--> statement-breakpoint
INSERT INTO org_counts (org_id, members, pending_invitations)
  SELECT o.id,
    (SELECT count(*) FROM memberships m WHERE m.org_id = o.id),
    (SELECT count(*) FROM invitations i WHERE i.org_id = o.id AND i.status = 'pending')
  FROM organizations o
  ON CONFLICT (org_id) DO UPDATE SET members = excluded.members, pending_invitations = excluded.pending_invitations;
