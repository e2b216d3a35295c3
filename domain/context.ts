import 'server-only';
import type { Tx } from '@/db';
import type { AppDto } from '@/db/queries/apps';
import type { AuditEntry } from '@/db/queries/audit';
import type { AppGrant, OrgRole } from '@/lib/permissions';
import type { Scope } from '@/lib/permissions/scopes';

/**
 * A person carrying out a command: signed in, or through their personal API token. `id` is the user whose
 * rights the actor carries.
 */
export type PersonActor = {
  kind: 'user' | 'api_token';
  id: string;
  name: string | null;
  email: string;
  emailVerified: boolean;
  /** The API token the actor came with, recorded beside every audit event it causes. */
  token?: { id: string; name: string };
};

/**
 * An organization's API key: it acts with the role it was given, and is no one's account, so a command
 * that needs a person (a team member, an annotator, a sender's own address) refuses it or records no one.
 */
export type KeyActor = {
  kind: 'api_key';
  id: null;
  name: string;
  email: null;
  emailVerified: false;
  token: { id: string; name: string };
};

/**
 * The organization's SCIM connection: its identity provider provisioning people. It acts as an Admin
 * limited to members and teams, and is no one's account.
 */
export type ScimActor = {
  kind: 'scim';
  id: null;
  name: 'SCIM provisioning';
  email: null;
  emailVerified: false;
  token?: undefined;
};

/** Who carries out a command inside an organization: a person, the organization's API key, or its SCIM connection. */
export type Actor = PersonActor | KeyActor | ScimActor;

export type { AuditEntry } from '@/db/queries/audit';

/** What every command gets from its door: the transaction to work in, and work to run once it commits (email delivery). */
export type CommandContext = {
  tx: Tx;
  afterCommit: (fn: () => Promise<unknown>) => void;
};

/** A command for one person outside any organization (creating one, answering an invitation). */
export type ActorCommandContext = CommandContext & { actor: PersonActor };

/** A command inside an organization: the actor's membership there was read (and locked) by the door. */
export type OrgCommandContext = CommandContext & {
  actor: Actor;
  orgId: string;
  role: OrgRole;
  /**
   * An API token's scopes: of its role's permissions the actor may use only these. Absent for a person,
   * who has every permission of their role.
   */
  scopes?: ReadonlySet<Scope>;
  /** Recorded in the audit log, in this transaction, with the actor and its kind. */
  audit: (entry: AuditEntry) => void;
};

/** A command on one app: the door opened it (domain/apps/open-app.ts) and resolved the actor's grant once. */
export type AppCommandContext = OrgCommandContext & { app: AppDto; grant: AppGrant };
