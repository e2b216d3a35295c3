import { describe, expect, expectTypeOf, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { ACTOR_KINDS } from '@/db/schema';
import { ORG_ROLES, TEAM_LEVELS, type OrgRole, type TeamLevel } from '@/lib/permissions/roles';

/**
 * The database's own rules on roles and levels — the CHECK constraints and team_apps' generated `level` —
 * read back from the migrated database and held against ORG_ROLES and TEAM_LEVELS, so that adding,
 * removing or reordering a role or level without a migration fails here rather than in production.
 */
const CHECKS = [
  { table: 'memberships', column: 'role', constraint: 'memberships_role_valid', allowed: ORG_ROLES },
  { table: 'invitations', column: 'role', constraint: 'invitations_role_valid', allowed: ORG_ROLES },
  { table: 'teams', column: 'default_permission', constraint: 'teams_default_permission_valid', allowed: TEAM_LEVELS },
  { table: 'team_apps', column: 'permission', constraint: 'team_apps_permission_valid', allowed: TEAM_LEVELS },
  { table: 'audit_events', column: 'actor_kind', constraint: 'audit_events_actor_kind_valid', allowed: ACTOR_KINDS },
] as const;

/** A value no role or level will ever be called. */
const NOT_ALLOWED = 'owner_of_everything';

/** The column `v` of the query's first row (postgres.js answers an array of rows, PGlite `{ rows }`). */
async function firstValue(query: SQL): Promise<unknown> {
  const result = await (await getDb()).execute(query);
  const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ v: unknown }>;
  return row?.v;
}

/** Evaluates an expression over a table's columns for a row whose `column` is `value`, as PostgreSQL would. */
function evaluate(expression: string, column: string, value: string): Promise<unknown> {
  return firstValue(sql`select (${sql.raw(expression)}) as v from (select ${value}::text as ${sql.identifier(column)}) as r`);
}

describe('role and level rules of the database follow lib/permissions', () => {
  it.each(CHECKS)('$constraint allows exactly its constants', async ({ table, column, constraint, allowed }) => {
    const def = await firstValue(
      sql`select pg_get_constraintdef(oid) as v from pg_constraint where conrelid = ${table}::regclass and conname = ${constraint}`,
    );
    if (typeof def !== 'string') throw new Error(`${constraint} is missing`);
    // PostgreSQL keeps `col in ('a','b')` as `CHECK ((col = ANY (ARRAY['a'::text, 'b'::text])))`.
    const literals = [...def.matchAll(/'([^']*)'/g)].map((m) => m[1]);
    expect(literals.toSorted()).toEqual([...allowed].toSorted());

    const expression = def.replace(/^CHECK /, '');
    for (const value of allowed) expect(await evaluate(expression, column, value), value).toBe(true);
    expect(await evaluate(expression, column, NOT_ALLOWED)).toBe(false);
  });

  it('team_apps.level ranks each permission by its place in TEAM_LEVELS', async () => {
    const expression = await firstValue(sql`
      select pg_get_expr(d.adbin, d.adrelid) as v
      from pg_attrdef d join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
      where d.adrelid = 'team_apps'::regclass and a.attname = 'level' and a.attgenerated = 's'`);
    if (typeof expression !== 'string') throw new Error('team_apps.level is not a stored generated column');
    const ranks = await Promise.all(TEAM_LEVELS.map((level) => evaluate(expression, 'permission', level)));
    expect(ranks.map(Number)).toEqual(TEAM_LEVELS.map((_, i) => i));
  });

  it('types the columns with the same constants', () => {
    expectTypeOf<typeof schema.memberships.$inferSelect.role>().toEqualTypeOf<OrgRole>();
    expectTypeOf<typeof schema.invitations.$inferSelect.role>().toEqualTypeOf<OrgRole>();
    expectTypeOf<typeof schema.teams.$inferSelect.defaultPermission>().toEqualTypeOf<TeamLevel>();
    expectTypeOf<typeof schema.teamApps.$inferSelect.permission>().toEqualTypeOf<TeamLevel>();
  });
});
