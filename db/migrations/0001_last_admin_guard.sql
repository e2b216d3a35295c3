-- Every organization keeps at least one Admin (SPEC §2). Server actions check this first to give a clear
-- message; this trigger is the guarantee. It locks the organization row, so two transactions that each
-- demote or remove a different Admin serialize here: the second one re-counts after the first commits
-- (READ COMMITTED takes a new snapshot per statement) and is refused.
CREATE OR REPLACE FUNCTION roster_guard_last_admin() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  remaining integer;
BEGIN
  IF OLD.role <> 'admin' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.role = 'admin' AND NEW.org_id = OLD.org_id THEN
    RETURN NULL;
  END IF;
  -- The organization itself is being deleted (cascade): nothing to guard.
  PERFORM 1 FROM organizations WHERE id = OLD.org_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT count(*) INTO remaining FROM memberships WHERE org_id = OLD.org_id AND role = 'admin';
  IF remaining = 0 THEN
    RAISE EXCEPTION 'organization % must keep at least one Admin', OLD.org_id
      USING ERRCODE = 'P0001', HINT = 'last_admin';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_keep_an_admin
AFTER UPDATE OF role, org_id OR DELETE ON memberships
FOR EACH ROW EXECUTE FUNCTION roster_guard_last_admin();
