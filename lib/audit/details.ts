/**
 * An audit event's data as terms and values a person reads (before → after, in the labels of SPEC §3),
 * for the expandable details of the log. Pure; ids that only the database reads are left out.
 */
import { levelLabel, planLabel, roleLabel, text, visibilityLabel } from './labels';
import type { AuditEventView } from './sentences';

export type AuditDetail = { term: string; value: string };

/** Internal ids and duplicates of other keys: the sentence and the named rows already say them. */
const HIDDEN = new Set([
  'appId',
  'invitationId',
  'userId',
  'annotatorId',
  'teamId',
  'taskId',
  'beforeCents',
  'afterCents',
  'afterLabel',
  'orgId',
]);

const TERMS: Record<string, string> = {
  app: 'App',
  name: 'Name',
  billingEmail: 'Billing email',
  allowTokensWithoutExpiry: 'Tokens without an expiry date',
  plan: 'Plan',
  role: 'Role',
  permission: 'Permission',
  defaultPermission: 'Default permission',
  visibility: 'Visibility',
  slug: 'App ID',
  region: 'Region',
  instanceType: 'Instance type',
  minNodes: 'Minimum nodes',
  maxNodes: 'Maximum nodes',
  steps: 'Steps',
  count: 'Inputs added',
  images: 'Images',
  version: 'Version',
  examples: 'Training examples',
  accuracy: 'Accuracy',
  model: 'Model',
  cluster: 'Cluster',
  nodepool: 'Nodepool',
  decision: 'Decision',
  feedback: 'Feedback',
  annotationsRemoved: 'Annotations removed',
  removed: 'Left behind',
  datasetId: 'Dataset',
  conceptIds: 'Concepts',
};

/** What a bare before/after pair is, by action. */
const CHANGE_TERMS: Record<string, { term: string; label?: (v: unknown) => string }> = {
  'member.role_changed': { term: 'Role', label: roleLabel },
  'team.default_permission_changed': { term: 'Default permission', label: levelLabel },
  'team.app_permission_changed': { term: 'Permission', label: levelLabel },
  'annotation.reviewed': { term: 'Review status' },
  'budget.set': { term: 'Monthly budget' },
};

function valueOf(key: string, value: unknown): string {
  if (key === 'role') return roleLabel(value);
  if (key === 'permission' || key === 'defaultPermission') return levelLabel(value);
  if (key === 'visibility') return visibilityLabel(value);
  if (key === 'plan') return planLabel(value);
  if (key === 'accuracy' && typeof value === 'number') return `${Math.round(value * 1000) / 10}%`;
  return text(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const termOf = (key: string) => TERMS[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

/** The rows of an event's details, in the order its data holds them. */
export function auditDetails(e: AuditEventView): AuditDetail[] {
  const rows: AuditDetail[] = [];
  if (e.subjectName || e.subjectEmail) rows.push({ term: 'Member', value: [e.subjectName, e.subjectEmail].filter(Boolean).join(', ') });
  if (e.teamName) rows.push({ term: 'Team', value: e.teamName });
  if (e.appSlug) rows.push({ term: 'App', value: `${e.appName ?? e.appSlug} (${e.appSlug})` });
  const { before, after, ...rest } = e.data;
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const term = key === 'orgId' ? 'Organization' : termOf(key);
      rows.push({ term, value: b[key] === a[key] ? valueOf(key, a[key]) : `${valueOf(key, b[key])} → ${valueOf(key, a[key])}` });
    }
  } else if (before !== undefined || after !== undefined) {
    const change = CHANGE_TERMS[e.action] ?? { term: 'Change' };
    const label = change.label ?? text;
    rows.push({ term: change.term, value: `${label(before)} → ${label(after)}` });
  }
  for (const [key, value] of Object.entries(rest)) {
    if (HIDDEN.has(key) || (key === 'app' && e.appSlug)) continue;
    rows.push({ term: termOf(key), value: Array.isArray(value) && key.endsWith('Ids') ? `${value.length}` : valueOf(key, value) });
  }
  return rows;
}
