import 'server-only';
import type { Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';

/**
 * Who carries out a command. Today a signed-in person; the API's tokens and SCIM connections will be
 * actors of their own kinds, held to the same rules.
 */
export type Actor = { kind: 'user'; id: string; name: string | null; email: string; emailVerified: boolean };

/** One line of the audit log, written in the transaction of the change it describes. */
export type AuditEntry = { action: string; targetType: string; targetId: string; data?: Record<string, unknown> };

/**
 * What every command gets from its door: the transaction to work in, work to run once it commits
 * (email delivery), and the audit log.
 */
export type CommandContext = {
  tx: Tx;
  afterCommit: (fn: () => Promise<unknown>) => void;
};

/** A command inside an organization: the actor's membership there was read (and locked) by the door. */
export type OrgCommandContext = CommandContext & {
  actor: Actor;
  orgId: string;
  role: OrgRole;
  audit: (entry: AuditEntry) => void;
};
