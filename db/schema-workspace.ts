/**
 * What lives inside an organization's app (SPEC §2 "app resources"), deployments and costs.
 *
 * Every row carries org_id and app_id, and every reference between these tables is a composite foreign
 * key that includes both: an annotation can only point at an input, concept and task of its own app, and
 * a deployment only at a nodepool of its own organization. The database, not the code, makes a
 * cross-app or cross-organization reference impossible.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { apps, memberships, nodepools, organizations, users } from './schema';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const nameLength = (column: unknown, max = 100) => sql`char_length(${column}) between 1 and ${sql.raw(String(max))}`;

/** The (org_id, app_id) pair of an org app, cascading with it. */
const appColumns = () => ({ orgId: text('org_id').notNull(), appId: uuid('app_id').notNull() });

export const concepts = pgTable(
  'concepts',
  { id: uuid('id').primaryKey().defaultRandom(), ...appColumns(), name: text('name').notNull(), createdAt: createdAt() },
  (t) => [
    foreignKey({ columns: [t.orgId, t.appId], foreignColumns: [apps.orgId, apps.id] }).onDelete('cascade'),
    unique('concepts_app_id_unique').on(t.orgId, t.appId, t.id),
    unique('concepts_app_name_unique').on(t.appId, t.name),
    check('concepts_name_length', nameLength(t.name, 60)),
  ],
);

export const datasets = pgTable(
  'datasets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...appColumns(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId, t.appId], foreignColumns: [apps.orgId, apps.id] }).onDelete('cascade'),
    unique('datasets_app_id_unique').on(t.orgId, t.appId, t.id),
    unique('datasets_app_name_unique').on(t.appId, t.name),
    check('datasets_name_length', nameLength(t.name)),
  ],
);

/** An image (by URL) or a piece of text to label. */
export const inputs = pgTable(
  'inputs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...appColumns(),
    datasetId: uuid('dataset_id').notNull(),
    kind: text('kind').notNull(),
    content: text('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId, t.appId, t.datasetId], foreignColumns: [datasets.orgId, datasets.appId, datasets.id] }).onDelete(
      'cascade',
    ),
    unique('inputs_app_id_unique').on(t.orgId, t.appId, t.id),
    index('inputs_dataset_created_idx').on(t.datasetId, t.createdAt, t.id),
    check('inputs_kind_valid', sql`${t.kind} in ('image','text')`),
    check('inputs_content_length', nameLength(t.content, 2000)),
  ],
);

/** Raw bytes; both drivers hand back a Uint8Array (postgres.js a Buffer, which is one). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => value,
});

/**
 * The bytes of an uploaded image input (the input's `content` holds its file name). Kept in PostgreSQL so
 * both drivers work with no file store; list queries never select `bytes` or `thumb`. SVG is not allowed:
 * served inline it could run script.
 */
export const inputFiles = pgTable(
  'input_files',
  {
    inputId: uuid('input_id').primaryKey(),
    ...appColumns(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** Hex SHA-256 of the bytes: the ETag, and lets a re-upload be recognized. */
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    /** A small WebP preview for lists (lib/images/process.ts); null serves the original instead. */
    thumb: bytea('thumb'),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId, t.appId, t.inputId], foreignColumns: [inputs.orgId, inputs.appId, inputs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.appId], foreignColumns: [apps.orgId, apps.id] }).onDelete('cascade'),
    check('input_files_content_type_valid', sql`${t.contentType} in ('image/png','image/jpeg','image/webp','image/gif')`),
    check('input_files_byte_size_range', sql`${t.byteSize} between 1 and 5242880 and octet_length(${t.bytes}) = ${t.byteSize}`),
    check('input_files_thumb_size', sql`${t.thumb} is null or octet_length(${t.thumb}) <= 262144`),
    check(
      'input_files_dimensions',
      sql`(${t.width} is null or ${t.width} between 1 and 100000) and (${t.height} is null or ${t.height} between 1 and 100000)`,
    ),
  ],
);

export const models = pgTable(
  'models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...appColumns(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId, t.appId], foreignColumns: [apps.orgId, apps.id] }).onDelete('cascade'),
    unique('models_app_id_unique').on(t.orgId, t.appId, t.id),
    unique('models_app_name_unique').on(t.appId, t.name),
    check('models_name_length', nameLength(t.name)),
  ],
);

/** One training run's result. Versions count up per model; (model_id, version) is unique even under races. */
export const modelVersions = pgTable(
  'model_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...appColumns(),
    modelId: uuid('model_id').notNull(),
    version: integer('version').notNull(),
    metrics: jsonb('metrics').notNull(),
    trainedBy: text('trained_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId, t.appId, t.modelId], foreignColumns: [models.orgId, models.appId, models.id] }).onDelete('cascade'),
    unique('model_versions_app_id_unique').on(t.orgId, t.appId, t.id),
    unique('model_versions_model_version_unique').on(t.modelId, t.version),
    check('model_versions_version_positive', sql`${t.version} >= 1`),
  ],
);

export const workflows = pgTable(
  'workflows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...appColumns(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId, t.appId], foreignColumns: [apps.orgId, apps.id] }).onDelete('cascade'),
    unique('workflows_app_id_unique').on(t.orgId, t.appId, t.id),
    unique('workflows_app_name_unique').on(t.appId, t.name),
    check('workflows_name_length', nameLength(t.name)),
  ],
);

/** A workflow is a chain of models of its app, in order. Deleting a model drops it from the chains. */
export const workflowSteps = pgTable(
  'workflow_steps',
  {
    ...appColumns(),
    workflowId: uuid('workflow_id').notNull(),
    position: integer('position').notNull(),
    modelId: uuid('model_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workflowId, t.position] }),
    foreignKey({ columns: [t.orgId, t.appId, t.workflowId], foreignColumns: [workflows.orgId, workflows.appId, workflows.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.orgId, t.appId, t.modelId], foreignColumns: [models.orgId, models.appId, models.id] }).onDelete('cascade'),
    index('workflow_steps_model_idx').on(t.modelId),
    check('workflow_steps_position_range', sql`${t.position} between 0 and 19`),
  ],
);

export const labelingTasks = pgTable(
  'labeling_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...appColumns(),
    datasetId: uuid('dataset_id').notNull(),
    name: text('name').notNull(),
    instructions: text('instructions').notNull().default(''),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId, t.appId, t.datasetId], foreignColumns: [datasets.orgId, datasets.appId, datasets.id] }).onDelete(
      'cascade',
    ),
    unique('labeling_tasks_app_id_unique').on(t.orgId, t.appId, t.id),
    index('labeling_tasks_app_created_idx').on(t.appId, t.createdAt),
    index('labeling_tasks_dataset_idx').on(t.datasetId),
    check('labeling_tasks_name_length', nameLength(t.name)),
    check('labeling_tasks_instructions_length', sql`char_length(${t.instructions}) <= 5000`),
  ],
);

export const taskConcepts = pgTable(
  'task_concepts',
  { ...appColumns(), taskId: uuid('task_id').notNull(), conceptId: uuid('concept_id').notNull() },
  (t) => [
    primaryKey({ columns: [t.taskId, t.conceptId] }),
    foreignKey({
      columns: [t.orgId, t.appId, t.taskId],
      foreignColumns: [labelingTasks.orgId, labelingTasks.appId, labelingTasks.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.appId, t.conceptId], foreignColumns: [concepts.orgId, concepts.appId, concepts.id] }).onDelete(
      'cascade',
    ),
    index('task_concepts_concept_idx').on(t.conceptId),
  ],
);

/** Assignees are members of the organization (FK to memberships): leaving the org ends the assignment. */
export const taskAssignees = pgTable(
  'task_assignees',
  {
    ...appColumns(),
    taskId: uuid('task_id').notNull(),
    userId: text('user_id').notNull(),
    status: text('status').notNull().default('not_started'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.userId] }),
    foreignKey({
      columns: [t.orgId, t.appId, t.taskId],
      foreignColumns: [labelingTasks.orgId, labelingTasks.appId, labelingTasks.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [memberships.orgId, memberships.userId] }).onDelete('cascade'),
    index('task_assignees_org_user_idx').on(t.orgId, t.userId),
    check('task_assignees_status_valid', sql`${t.status} in ('not_started','in_progress','completed')`),
  ],
);

/** One label per (task, input, annotator); a reviewer approves or rejects it with feedback. */
export const annotations = pgTable(
  'annotations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...appColumns(),
    taskId: uuid('task_id').notNull(),
    inputId: uuid('input_id').notNull(),
    conceptId: uuid('concept_id').notNull(),
    annotatorId: text('annotator_id').notNull(),
    reviewStatus: text('review_status').notNull().default('pending'),
    feedback: text('feedback').notNull().default(''),
    reviewedBy: text('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.orgId, t.appId, t.taskId],
      foreignColumns: [labelingTasks.orgId, labelingTasks.appId, labelingTasks.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.appId, t.inputId], foreignColumns: [inputs.orgId, inputs.appId, inputs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.appId, t.conceptId], foreignColumns: [concepts.orgId, concepts.appId, concepts.id] }).onDelete(
      'cascade',
    ),
    // Only an assignee of the task annotates it; removing the assignment removes their work.
    foreignKey({ columns: [t.taskId, t.annotatorId], foreignColumns: [taskAssignees.taskId, taskAssignees.userId] }).onDelete('cascade'),
    unique('annotations_one_per_annotator').on(t.taskId, t.inputId, t.annotatorId),
    index('annotations_app_review_idx').on(t.appId, t.reviewStatus),
    // Deleting an input or a concept finds its annotations by these (cascades would scan otherwise).
    index('annotations_input_idx').on(t.inputId),
    index('annotations_concept_idx').on(t.conceptId),
    check('annotations_review_status_valid', sql`${t.reviewStatus} in ('pending','approved','rejected')`),
    check('annotations_feedback_length', sql`char_length(${t.feedback}) <= 1000`),
  ],
);

/** A model version served on a nodepool of the same organization. */
export const deployments = pgTable(
  'deployments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...appColumns(),
    modelVersionId: uuid('model_version_id').notNull(),
    clusterId: text('cluster_id').notNull(),
    nodepoolId: text('nodepool_id').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.orgId, t.appId, t.modelVersionId],
      foreignColumns: [modelVersions.orgId, modelVersions.appId, modelVersions.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.orgId, t.clusterId, t.nodepoolId],
      foreignColumns: [nodepools.orgId, nodepools.clusterId, nodepools.id],
    }).onDelete('cascade'),
    unique('deployments_version_nodepool_unique').on(t.modelVersionId, t.clusterId, t.nodepoolId),
    index('deployments_org_created_idx').on(t.orgId, t.createdAt),
    index('deployments_nodepool_idx').on(t.orgId, t.clusterId, t.nodepoolId),
  ],
);

// ---------------------------------------------------------------- costs

/**
 * Spend per month, app and category: a ledger. It outlives the app it was spent on (app_id has no
 * foreign key and app_label keeps the name), so deleting an app does not rewrite past costs.
 */
export const usageRecords = pgTable(
  'usage_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    appId: uuid('app_id'),
    appLabel: text('app_label').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    category: text('category').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('usage_records_org_month_idx').on(t.orgId, t.month),
    check('usage_records_month_first_day', sql`extract(day from ${t.month}) = 1`),
    check('usage_records_category_valid', sql`${t.category} in ('training','inference','storage','labeling')`),
    check('usage_records_amount_nonnegative', sql`${t.amountCents} >= 0`),
  ],
);

/** The organization's monthly budget (one row per organization). */
export const budgets = pgTable(
  'budgets',
  {
    orgId: text('org_id')
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    monthlyCents: bigint('monthly_cents', { mode: 'number' }).notNull(),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [check('budgets_amount_range', sql`${t.monthlyCents} between 0 and 100000000000`)],
);
