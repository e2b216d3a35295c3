import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditRow } from '@/db/queries/audit';
import { auditDetails } from '@/lib/audit/details';
import { AUDIT_ACTION_LABELS } from '@/lib/audit/labels';
import { auditSentence, hasSentence, type AuditEventView } from '@/lib/audit/sentences';
import { auditCsvChunk } from '@/lib/audit/csv';
import { defuseFormula } from '@/lib/csv';

const ada = { actorKind: 'user', actorName: 'Ada Admin', actorEmail: 'admin@acme.test' } as const;
const none = { subjectName: null, subjectEmail: null, teamName: null, appSlug: null, appName: null };

function event(action: string, data: Record<string, unknown>, extra: Partial<AuditEventView> = {}): AuditEventView {
  return { ...ada, ...none, action, targetType: action.split('.')[0]!, targetId: 'target', data, ...extra };
}

describe('audit sentences', () => {
  it.each(AUDIT_ACTIONS)('%s has a sentence and a filter label', (action) => {
    expect(hasSentence(action)).toBe(true);
    expect(AUDIT_ACTION_LABELS[action]).toMatch(/^[A-Z]/);
    const sentence = auditSentence(event(action, {}));
    expect(sentence.startsWith('Ada Admin ')).toBe(true);
    // Old rows may lack any key: the sentence still reads, never "undefined" or an object.
    expect(sentence).not.toMatch(/undefined|\[object/);
  });

  it("says the issue's role change in the labels of SPEC §3", () => {
    const e = event(
      'member.role_changed',
      { userId: 'u1', before: 'team_contributor', after: 'infra_manager' },
      { targetType: 'member', targetId: 'theo@acme.test', subjectName: 'Theo Team', subjectEmail: 'theo@acme.test' },
    );
    expect(auditSentence(e)).toBe('Ada Admin changed Theo Team from Team Contributor (select apps) to Infrastructure Manager');
    expect(auditDetails(e)).toEqual([
      { term: 'Member', value: 'Theo Team, theo@acme.test' },
      { term: 'Role', value: 'Team Contributor (select apps) → Infrastructure Manager' },
    ]);
  });

  it('names the target by email when the member has gone, and says who acted through an API token or SCIM', () => {
    const gone = event('member.removed', { userId: 'u2', role: 'org_user' }, { targetType: 'member', targetId: 'old@acme.test' });
    expect(auditSentence(gone)).toBe('Ada Admin removed old@acme.test (Organization User (all apps)) from the organization');
    expect(auditSentence({ ...gone, actorKind: 'api_token' })).toMatch(/^An API token of Ada Admin removed/);
    expect(auditSentence({ ...gone, actorKind: 'scim', actorName: null, actorEmail: null })).toMatch(/^SCIM provisioning removed/);
    expect(auditSentence({ ...gone, actorName: null, actorEmail: null })).toMatch(/^A deleted user removed/);
  });

  it('says plans, visibility, team levels and invitations by their labels', () => {
    expect(auditSentence(event('organization.plan_changed', { before: { plan: 'team' }, after: { plan: 'business' } }))).toBe(
      'Ada Admin changed the plan from Team to Business',
    );
    expect(
      auditSentence(
        event('app.visibility_changed', { before: { visibility: 'private' }, after: { visibility: 'org' } }, { targetId: 'vision' }),
      ),
    ).toBe('Ada Admin changed the visibility of app vision from Private to Organization');
    expect(
      auditSentence(
        event(
          'team.app_permission_changed',
          { appId: 'x', before: 'labeler_worker', after: 'full_access' },
          { teamName: 'Vision', appSlug: 'cats' },
        ),
      ),
    ).toBe('Ada Admin changed the permission of team Vision on app cats from Labeler Worker to Full Access');
    expect(auditSentence(event('invitation.created', { role: 'org_user' }, { targetId: 'new@acme.test' }))).toBe(
      'Ada Admin invited new@acme.test as Organization User (all apps)',
    );
    expect(auditSentence(event('team.member_added', { userId: 'u3' }, { subjectName: 'Lee Labeler', teamName: 'Labelers' }))).toBe(
      'Ada Admin added Lee Labeler to team Labelers',
    );
  });

  it('never shows a raw role key in the details', () => {
    const details = auditDetails(event('organization.updated', { before: { name: 'Acme' }, after: { name: 'Acme ML' } }));
    expect(details).toEqual([{ term: 'Name', value: 'Acme → Acme ML' }]);
    expect(auditDetails(event('invitation.created', { role: 'org_contributor', invitationId: 'i' }))).toEqual([
      { term: 'Role', value: 'Organization Contributor (all apps)' },
    ]);
  });
});

describe('audit CSV', () => {
  it('defuses cells a spreadsheet would run, and quotes through csv-stringify', () => {
    expect(defuseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(defuseFormula('+1')).toBe("'+1");
    expect(defuseFormula('@SUM(1)')).toBe("'@SUM(1)");
    expect(defuseFormula('Ada')).toBe('Ada');
    const row: AuditRow = {
      ...event('team.renamed', { before: 'A', after: '=cmd|x' }, { targetId: 'vision' }),
      id: '00000000-0000-0000-0000-000000000000',
      actorKind: 'user',
      actorId: null,
      createdAt: new Date('2026-01-02T03:04:05Z'),
    };
    const csv = auditCsvChunk([row], true);
    const [header, line] = csv.trimEnd().split('\n');
    expect(header).toBe('time,actor,actor kind,action,sentence,target,details');
    expect(line).toBe(
      '2026-01-02T03:04:05.000Z,Ada Admin <admin@acme.test>,Person,team.renamed,Ada Admin renamed team A to =cmd|x,team vision,"{""before"":""A"",""after"":""=cmd|x""}"',
    );
    // A name chosen to run as a formula is read as text wherever it starts a cell.
    const evil = auditCsvChunk([{ ...row, actorName: '=cmd|x' }], false);
    expect(evil).toContain(",'=cmd|x <admin@acme.test>,Person,team.renamed,'=cmd|x renamed team A to =cmd|x,");
    expect(auditCsvChunk([row], false).startsWith('2026-')).toBe(true);
  });
});
