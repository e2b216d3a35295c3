/**
 * Names end up in email subjects and beside other text: no field that holds one accepts control
 * characters (a CR/LF splits a header, a bidi override reverses what follows), and the subject builders
 * strip them even so.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { nameSchema, singleLine } from '@/lib/validations/common';
import { signUpSchema } from '@/lib/validations/auth';
import { createOrganizationSchema } from '@/lib/validations/organization';
import { createTeamSchema, renameTeamSchema } from '@/lib/validations/teams';
import { createAppSchema, transferAppSchema, updateAppDetailsSchema } from '@/lib/validations/apps';
import { createClusterSchema, renameClusterSchema } from '@/lib/validations/compute';
import { createLabelingTaskSchema, reviewAnnotationSchema } from '@/lib/validations/labeling';
import { createModelSchema } from '@/lib/validations/models';
import { createConceptSchema, createDatasetSchema, createWorkflowSchema } from '@/lib/validations/workspace';
import { invitationSubject } from '@/emails/invitation';

const uuid = '00000000-0000-4000-8000-000000000000';
const app = { orgId: 'acme', appId: uuid };

/** Every control character the rule names: C0 (TAB, LF, CR among them), DEL, C1, separators, bidi. */
const controls = [
  '\u0000',
  '\u0001',
  '\t',
  '\n',
  '\u000b',
  '\u000c',
  '\r',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const newlines = ['\n', '\r', '\r\n'];

/** Each schema with a valid input and the field holding free text. */
const names: Array<[string, z.ZodType, Record<string, unknown>, string]> = [
  ['sign-up name', signUpSchema, { email: 'a@example.test', password: 'long-enough' }, 'name'],
  ['organization name', createOrganizationSchema, { id: 'acme', billingEmail: 'b@example.test' }, 'name'],
  ['team name', createTeamSchema, { orgId: 'acme', id: 'crew', defaultPermission: 'labeler_worker' }, 'name'],
  ['team rename', renameTeamSchema, { orgId: 'acme', teamId: 'crew' }, 'name'],
  ['app name', createAppSchema, { slug: 'pets' }, 'name'],
  ['app details name', updateAppDetailsSchema, { ...app, description: '', notes: '' }, 'name'],
  ['app transfer name', transferAppSchema, { appId: uuid, orgId: 'acme' }, 'newName'],
  ['cluster name', createClusterSchema, { orgId: 'acme', id: 'gpu', region: 'us-east-1' }, 'name'],
  ['cluster rename', renameClusterSchema, { orgId: 'acme', clusterId: 'gpu' }, 'name'],
  ['task name', createLabelingTaskSchema, { ...app, datasetId: uuid, conceptIds: [uuid], instructions: '' }, 'name'],
  ['model name', createModelSchema, { ...app, description: '' }, 'name'],
  ['concept name', createConceptSchema, app, 'name'],
  ['dataset name', createDatasetSchema, { ...app, description: '' }, 'name'],
  ['workflow name', createWorkflowSchema, { ...app, description: '', steps: [uuid] }, 'name'],
];
const multiline: Array<[string, z.ZodType, Record<string, unknown>, string]> = [
  ['app description', updateAppDetailsSchema, { ...app, name: 'Pets', notes: '' }, 'description'],
  ['app notes', updateAppDetailsSchema, { ...app, name: 'Pets', description: '' }, 'notes'],
  ['task instructions', createLabelingTaskSchema, { ...app, name: 'Boxes', datasetId: uuid, conceptIds: [uuid] }, 'instructions'],
  ['review feedback', reviewAnnotationSchema, { ...app, annotationId: uuid, decision: 'rejected' }, 'feedback'],
  ['model description', createModelSchema, { ...app, name: 'Detector' }, 'description'],
  ['dataset description', createDatasetSchema, { ...app, name: 'Photos' }, 'description'],
  ['workflow description', createWorkflowSchema, { ...app, name: 'Chain', steps: [uuid] }, 'description'],
];

function fieldErrors(schema: z.ZodType, input: Record<string, unknown>, field: string): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
}

describe('names refuse control characters', () => {
  it.each(names)('%s', (_what, schema, rest, field) => {
    expect(fieldErrors(schema, { ...rest, [field]: 'Plain Ünïcode name — ok' }, field)).toEqual([]);
    for (const c of controls) {
      const errors = fieldErrors(schema, { ...rest, [field]: `Evil${c}Name` }, field);
      expect(errors, JSON.stringify(c)).toHaveLength(1);
      expect(errors[0]).toMatch(/cannot contain line breaks, tabs or other control characters\.$/);
    }
  });

  it('says which field in plain words', () => {
    expect(nameSchema('an organization name').safeParse('Acme\r\nBcc: x').error?.issues[0]?.message).toBe(
      'Organization name cannot contain line breaks, tabs or other control characters.',
    );
    expect(nameSchema('your name').safeParse('Ada\u202eecalovoL').error?.issues[0]?.message).toBe(
      'Name cannot contain line breaks, tabs or other control characters.',
    );
  });
});

describe('multi-line text keeps line breaks and refuses other control characters', () => {
  it.each(multiline)('%s', (_what, schema, rest, field) => {
    for (const nl of newlines) expect(fieldErrors(schema, { ...rest, [field]: `first${nl}second` }, field), JSON.stringify(nl)).toEqual([]);
    for (const c of controls.filter((c) => c !== '\n' && c !== '\r')) {
      expect(fieldErrors(schema, { ...rest, [field]: `one${c}two` }, field), JSON.stringify(c)).toHaveLength(1);
    }
  });
});

describe('email subjects', () => {
  it('never carry control characters, even from names stored before the rule', () => {
    const subject = invitationSubject({ inviterName: 'Eve\r\nBcc: victim@example.test', orgName: 'Ac\u202eme\u0000\t Corp\u2028' });
    expect(subject).toBe('Eve Bcc: victim@example.test invited you to join Acme Corp on Roster');
    expect(subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it('leave ordinary names alone', () => {
    expect(singleLine('Ada "Admin" Lovelace invited you to join Acme & Co on Roster')).toBe(
      'Ada "Admin" Lovelace invited you to join Acme & Co on Roster',
    );
  });
});
