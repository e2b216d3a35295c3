import { createHash } from 'node:crypto';
import { shapePng, type Rgb } from '../lib/images/png';
import { computeTrainingMetrics } from '../lib/training';
import { schema, type Executor } from './index';

/**
 * The demo organization's contents: two apps, teams granting them at each working level, a labeling
 * workflow in progress (annotations pending, approved and rejected), trained models, a cluster with a
 * deployment. Ids are generated here so the rows can reference each other in a handful of inserts.
 */
export const DEMO_TEAM_USERS = [
  { email: 'trainer@acme.test', name: 'Tara Trainer', team: 'trainers' },
  { email: 'lead@acme.test', name: 'Lena Lead', team: 'label-leads' },
  { email: 'labeler@acme.test', name: 'Leo Labeler', team: 'labelers' },
] as const;

const TEAMS = [
  { id: 'trainers', name: 'Model trainers', defaultPermission: 'model_trainer' },
  { id: 'label-leads', name: 'Labeling leads', defaultPermission: 'labeler_lead' },
  { id: 'labelers', name: 'Labelers', defaultPermission: 'labeler_worker' },
] as const;

const PETS = ['cat', 'dog', 'bird'] as const;
/** Reviewed labels per pet in last year's batch: enough for the demo model to be believably good (≈ 85%). */
const ARCHIVE_PER_PET = 12;

/**
 * The demo's "photos", drawn at seed time (no downloads): each pet is a shape, in varying colours, so a
 * labeler has something real to look at. The instructions say which shape is which pet.
 */
const SHAPE_OF = { cat: 'circle', dog: 'square', bird: 'triangle' } as const;
const SHAPE_KEY = 'Demo images: a circle is a cat, a square a dog, a triangle a bird.';
const COLOURS: Rgb[] = [
  [217, 119, 6],
  [37, 99, 235],
  [22, 163, 74],
  [219, 39, 119],
  [124, 58, 237],
  [71, 85, 105],
];
const BACKGROUNDS: Rgb[] = [
  [248, 246, 240],
  [236, 244, 250],
  [245, 240, 248],
];
const IMAGE_SIZE = 160;

/** The input_files row of a seeded image (no thumbnail: at this size the original is small enough). */
function demoImage(shape: (typeof SHAPE_OF)[keyof typeof SHAPE_OF], n: number, faint = false) {
  const background = BACKGROUNDS[n % BACKGROUNDS.length]!;
  const colour = faint ? (background.map((v) => v - 14) as unknown as Rgb) : COLOURS[n % COLOURS.length]!;
  const bytes = shapePng(shape, colour, { size: IMAGE_SIZE, background });
  return {
    contentType: 'image/png',
    byteSize: bytes.byteLength,
    width: IMAGE_SIZE,
    height: IMAGE_SIZE,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  };
}

export async function seedDemoWorkspace(
  tx: Executor,
  orgId: string,
  userId: (email: string) => string,
): Promise<Array<{ id: string; slug: string }>> {
  const id = () => crypto.randomUUID();
  const vision = { id: id(), slug: 'pet-vision', name: 'Pet vision', description: 'Classifies photos of pets for the adoption site.' };
  const support = { id: id(), slug: 'support-triage', name: 'Support triage', description: 'Routes support emails to the right queue.' };
  // Pet vision is private: its teams decide who works in it. Support triage is open to the whole organization
  // (view-only for members no role or team lets in), to show what Organization visibility does.
  await tx.insert(schema.apps).values([
    { ...vision, orgId, visibility: 'private' },
    { ...support, orgId, visibility: 'org' },
  ]);
  await tx.insert(schema.teams).values(TEAMS.map((team) => ({ orgId, ...team })));
  await tx.insert(schema.teamMembers).values(DEMO_TEAM_USERS.map((u) => ({ orgId, teamId: u.team, userId: userId(u.email) })));
  await tx
    .insert(schema.teamApps)
    .values(TEAMS.map((team) => ({ orgId, teamId: team.id, appId: vision.id, permission: team.defaultPermission })));

  const inApp = { orgId, appId: vision.id };
  const concepts = PETS.map((name) => ({ ...inApp, id: id(), name }));
  await tx.insert(schema.concepts).values(concepts);
  const dataset = { ...inApp, id: id(), name: 'Shelter photos 2026', description: 'Intake photos from the partner shelters.' };
  await tx.insert(schema.datasets).values(dataset);
  const start = Date.now() - 86_400_000;
  const photoName = (n: number) => `shelter-${String(n + 1).padStart(3, '0')}.png`;
  const inputs = Array.from({ length: 12 }, (_, n) => ({
    ...inApp,
    id: id(),
    datasetId: dataset.id,
    kind: 'image',
    content: photoName(n),
    createdAt: new Date(start + n),
  }));
  await tx.insert(schema.inputs).values(inputs);
  // The fourth is a dog (a square) that the labeler calls a cat: the reviewer rejects it below.
  await tx
    .insert(schema.inputFiles)
    .values(inputs.map((input, n) => ({ ...inApp, inputId: input.id, ...demoImage(n === 3 ? 'square' : SHAPE_OF[PETS[n % 3]!], n) })));

  // Last year's intake, labelled and reviewed in full: the data the demo model learnt from (see below).
  const archive = { ...inApp, id: id(), name: 'Shelter photos 2025', description: "Last year's intake, labelled and reviewed." };
  await tx.insert(schema.datasets).values(archive);
  const archiveInputs = Array.from({ length: ARCHIVE_PER_PET * PETS.length }, (_, n) => ({
    ...inApp,
    id: id(),
    datasetId: archive.id,
    kind: 'image',
    content: `2025-${photoName(n)}`,
    createdAt: new Date(start - 86_400_000 + n),
  }));
  await tx.insert(schema.inputs).values(archiveInputs);
  // Labelled in turn cat, dog, bird below; the last one is too faint to tell.
  await tx.insert(schema.inputFiles).values(
    archiveInputs.map((input, n) => ({
      ...inApp,
      inputId: input.id,
      ...demoImage(SHAPE_OF[PETS[n % 3]!], n + 1, n === archiveInputs.length - 1),
    })),
  );

  const model = { ...inApp, id: id(), name: 'pet-classifier', description: 'Cat, dog or bird.' };
  await tx.insert(schema.models).values(model);
  // Metrics as the simulated trainer computes them from the labels below: v1 from last year's batch, v2 (its
  // second run) after this year's first reviews.
  const counts = (approved: number[], rejected: number[], pending: number[]) =>
    concepts.map((c, n) => ({ conceptId: c.id, name: c.name, approved: approved[n]!, rejected: rejected[n]!, pending: pending[n]! }));
  const archived = ARCHIVE_PER_PET;
  const versions = [
    {
      ...inApp,
      id: id(),
      modelId: model.id,
      version: 1,
      createdAt: new Date(start - 36_000_000),
      metrics: computeTrainingMetrics(counts([archived, archived, archived - 1], [0, 0, 1], [0, 0, 0]), 3 * archived - 1, 1),
    },
    {
      ...inApp,
      id: id(),
      modelId: model.id,
      version: 2,
      metrics: computeTrainingMetrics(counts([archived + 1, archived + 1, archived], [1, 0, 1], [0, 1, 0]), 3 * archived + 2, 2),
    },
  ];
  await tx.insert(schema.modelVersions).values(versions.map((v) => ({ ...v, trainedBy: userId('trainer@acme.test') })));
  const workflow = { ...inApp, id: id(), name: 'Adoption listing', description: 'Classify, then caption.' };
  await tx.insert(schema.workflows).values(workflow);
  await tx.insert(schema.workflowSteps).values({ ...inApp, workflowId: workflow.id, position: 0, modelId: model.id });

  const task = {
    ...inApp,
    id: id(),
    datasetId: dataset.id,
    name: 'Label shelter photos',
    instructions: `Pick the animal in the photo. If there are several, pick the one in front.\n${SHAPE_KEY}`,
    createdBy: userId('lead@acme.test'),
  };
  await tx.insert(schema.labelingTasks).values(task);
  await tx.insert(schema.taskConcepts).values(concepts.map((c) => ({ ...inApp, taskId: task.id, conceptId: c.id })));
  const labeler = userId('labeler@acme.test');
  await tx.insert(schema.taskAssignees).values({ ...inApp, taskId: task.id, userId: labeler, status: 'in_progress' });
  const lead = userId('lead@acme.test');
  const reviewed = (n: number) =>
    n < 3
      ? { reviewStatus: 'approved', reviewedBy: lead, reviewedAt: new Date() }
      : n === 3
        ? { reviewStatus: 'rejected', feedback: 'Look again: a square is a dog.', reviewedBy: lead, reviewedAt: new Date() }
        : {};
  await tx.insert(schema.annotations).values(
    inputs.slice(0, 5).map((input, n) => ({
      ...inApp,
      taskId: task.id,
      inputId: input.id,
      conceptId: concepts[n % 3]!.id,
      annotatorId: labeler,
      ...reviewed(n),
    })),
  );

  // Last year's task, done: every photo labelled (in turn cat, dog, bird) and approved but one blurry bird.
  const archiveTask = {
    ...inApp,
    id: id(),
    datasetId: archive.id,
    name: 'Label 2025 intake',
    instructions: `Pick the animal in the photo.\n${SHAPE_KEY}`,
    createdBy: lead,
    createdAt: new Date(start - 86_400_000),
  };
  await tx.insert(schema.labelingTasks).values(archiveTask);
  await tx.insert(schema.taskConcepts).values(concepts.map((c) => ({ ...inApp, taskId: archiveTask.id, conceptId: c.id })));
  await tx.insert(schema.taskAssignees).values({ ...inApp, taskId: archiveTask.id, userId: labeler, status: 'completed' });
  await tx.insert(schema.annotations).values(
    archiveInputs.map((input, n) => ({
      ...inApp,
      taskId: archiveTask.id,
      inputId: input.id,
      conceptId: concepts[n % 3]!.id,
      annotatorId: labeler,
      createdAt: new Date(start - 86_400_000 + n),
      reviewedBy: lead,
      reviewedAt: new Date(start - 43_200_000),
      ...(n === archiveInputs.length - 1 ? { reviewStatus: 'rejected', feedback: 'Too blurry to tell.' } : { reviewStatus: 'approved' }),
    })),
  );

  await tx.insert(schema.clusters).values({ orgId, id: 'gpu-east', name: 'GPU East', region: 'us-east-1' });
  await tx
    .insert(schema.nodepools)
    .values({ orgId, clusterId: 'gpu-east', id: 'a10g-pool', instanceType: 'gpu-a10g', minNodes: 1, maxNodes: 4 });
  await tx.insert(schema.deployments).values({
    ...inApp,
    modelVersionId: versions[1]!.id,
    clusterId: 'gpu-east',
    nodepoolId: 'a10g-pool',
    createdBy: userId('admin@acme.test'),
  });
  return [vision, support];
}
