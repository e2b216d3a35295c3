import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/db';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/session';
import { ActionError, NOT_FOUND_MESSAGE, type ActionResult } from './result';
import { runInTransaction } from '@/domain/transaction';
import { parseInput } from '@/lib/validations/parse';
import { lockOrganization } from '@/db/queries/organizations';
import { lockMemberRole } from '@/db/queries/members';

import type { PersonActor, AppCommandContext, AuditEntry, OrgCommandContext } from '@/domain/context';
import { insertAuditEvents } from '@/db/queries/audit';
import { openApp } from '@/domain/apps/open-app';

type BaseContext = {
  tx: Tx;
  user: CurrentUser;
  /** Runs after the transaction commits (email delivery); failures there never undo the change. */
  afterCommit: (fn: () => Promise<unknown>) => void;
};
export type UserContext = BaseContext & { actor: PersonActor };
/** The door's context for an organization: a domain command's (domain/context.ts), plus the session's user. */
export type OrgContext = BaseContext & OrgCommandContext;
/** The same for one app of the organization, opened once by the door (domain/apps/open-app.ts). */
export type AppContext = BaseContext & AppCommandContext;

/** The session's user as a domain actor (the session id stays with the door). */
function userActor({ id, name, email, emailVerified }: CurrentUser): PersonActor {
  return { kind: 'user', id, name, email, emailVerified };
}

/** An action any signed-in user may call (creating an organization, answering an invitation). */
export function userAction<S extends z.ZodType, T>(options: { schema: S; run: (ctx: UserContext, input: z.output<S>) => Promise<T> }) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: 'Sign in to continue.' };
    const parsed = parseInput(options.schema, raw);
    if (!parsed.ok) return parsed.failure;
    return runInTransaction((tx, afterCommit) => options.run({ tx, user, actor: userActor(user), afterCommit }, parsed.data));
  };
}

/** An action that needs no account (sign-up, sign-in link). */
export function publicAction<S extends z.ZodType, T>(options: {
  schema: S;
  run: (ctx: Omit<BaseContext, 'user'>, input: z.output<S>) => Promise<T>;
}) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = parseInput(options.schema, raw);
    if (!parsed.ok) return parsed.failure;
    return runInTransaction((tx, afterCommit) => options.run({ tx, afterCommit }, parsed.data));
  };
}

const orgIdOnly = z.object({ orgId: z.string().min(1).max(48) });

/**
 * An action inside an organization: session → membership read from the database (locked for the
 * transaction, so a concurrent role change cannot slip between check and write) → zod → the command,
 * which authorizes itself (domain/authorize.ts) → audit events, all in one transaction. A non-member is told the organization was not
 * found, exactly as if it did not exist.
 */
export function orgAction<S extends z.ZodType<{ orgId: string }>, T>(options: {
  schema: S;
  /**
   * Changes to membership (roles, removal, leaving): lock the organization row before reading the
   * caller's own role, so concurrent changes run one after another and each sees the last one's result.
   */
  serialize?: boolean;
  run: (ctx: OrgContext, input: z.output<S>) => Promise<T>;
}) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: 'Sign in to continue.' };
    const scope = orgIdOnly.safeParse(raw);
    if (!scope.success || scope.data.orgId.includes('\u0000')) return { ok: false, code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE };
    const orgId = scope.data.orgId;

    return runInTransaction(async (tx, afterCommit) => {
      if (options.serialize) await lockOrganization(tx, orgId);
      const role = await lockMemberRole(tx, orgId, user.id);
      if (!role) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);

      const parsed = parseInput(options.schema, raw);
      if (!parsed.ok) {
        const failure = parsed.failure;
        if (!failure.ok) throw new ActionError(failure.code, failure.message, failure.fieldErrors);
      }

      const actor = userActor(user);
      const audits: AuditEntry[] = [];
      const data = await options.run(
        { tx, user, actor, orgId, role, afterCommit, audit: (entry) => audits.push(entry) },
        (parsed as { data: z.output<S> }).data,
      );
      await insertAuditEvents(tx, orgId, actor, audits);
      return data;
    });
  };
}

/**
 * An action on one app of the organization: as orgAction, then the app is opened once (it must exist
 * here and be visible to the caller, else NOT_FOUND) and handed to the command with the caller's grant;
 * the command checks the app permission it needs (domain/authorize.ts).
 */
export function appAction<S extends z.ZodType<{ orgId: string; appId: string }>, T>(options: {
  schema: S;
  run: (ctx: AppContext, input: z.output<S>) => Promise<T>;
}) {
  return orgAction({
    schema: options.schema,
    run: async (ctx, input) => options.run({ user: ctx.user, ...(await openApp(ctx, input.appId)) }, input),
  });
}
