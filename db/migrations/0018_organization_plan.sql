ALTER TABLE "organizations" ADD COLUMN "plan" text DEFAULT 'enterprise' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_plan_valid" CHECK ("organizations"."plan" in ('free','team','business','enterprise'));--> statement-breakpoint
-- Seats of each plan, as lib/billing/plans.ts has them (NULL = unlimited); tests/integration/plans-and-seats.test.ts
-- fails if the two drift. A plan added to the code comes with a migration that replaces this function.
CREATE OR REPLACE FUNCTION roster_plan_seats(plan text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE plan WHEN 'free' THEN 3 WHEN 'team' THEN 10 WHEN 'business' THEN 50 ELSE NULL END
$$;
--> statement-breakpoint
-- Seats used (members + unexpired pending invitations) never exceed the plan's seats, whatever door writes:
-- the invite command checks first to give a clear message; this is the guarantee. It runs at commit
-- (deferred), so accepting an invitation (a member in, a pending invitation out) is judged on its result.
-- The org_counts row is the seat lock: every change of members or pending invitations updates it and a
-- plan change locks it here, so two transactions taking the last seat serialize and the second one,
-- re-reading after the first commits (READ COMMITTED, a new snapshot per statement), is refused.
CREATE OR REPLACE FUNCTION roster_check_seats(org text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  seats integer;
  counted integer;
  used_members integer;
  pending integer;
BEGIN
  SELECT roster_plan_seats(o.plan) INTO seats FROM organizations o WHERE o.id = org;
  IF seats IS NULL THEN
    RETURN; -- unlimited, or the organization was deleted
  END IF;
  SELECT c.members, c.members + c.pending_invitations INTO used_members, counted FROM org_counts c WHERE c.org_id = org FOR UPDATE;
  IF NOT FOUND OR counted <= seats THEN
    RETURN;
  END IF;
  -- The counter also holds pending invitations past their expiry, which hold no seat: count exactly.
  SELECT count(*) INTO pending FROM invitations i WHERE i.org_id = org AND i.status = 'pending' AND i.expires_at > now();
  IF used_members + pending > seats THEN
    RAISE EXCEPTION 'organization % would use % seats; its plan includes %', org, used_members + pending, seats
      USING ERRCODE = 'P0001', HINT = 'seat_limit';
  END IF;
END;
$$;
--> statement-breakpoint
-- For rows that carry org_id (org_counts, invitations).
CREATE OR REPLACE FUNCTION roster_guard_seats_row() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM roster_check_seats(NEW.org_id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION roster_guard_seats_plan() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM roster_check_seats(NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Only growth is checked: leaving, removals and rescinds always go through.
CREATE CONSTRAINT TRIGGER org_counts_within_seats_insert AFTER INSERT ON org_counts DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.members + NEW.pending_invitations > 0) EXECUTE FUNCTION roster_guard_seats_row();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER org_counts_within_seats_update AFTER UPDATE ON org_counts DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.members + NEW.pending_invitations > OLD.members + OLD.pending_invitations)
  EXECUTE FUNCTION roster_guard_seats_row();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER organizations_plan_within_seats AFTER UPDATE OF plan ON organizations DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.plan IS DISTINCT FROM OLD.plan) EXECUTE FUNCTION roster_guard_seats_plan();
--> statement-breakpoint
-- Resending an expired invitation takes a seat again without changing the counts.
CREATE CONSTRAINT TRIGGER invitations_renewed_within_seats AFTER UPDATE OF expires_at ON invitations DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.status = 'pending' AND OLD.expires_at <= now() AND NEW.expires_at > now())
  EXECUTE FUNCTION roster_guard_seats_row();
