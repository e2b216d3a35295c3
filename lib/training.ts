/**
 * The simulated trainer. Roster runs no machine learning: a training run reads the app's annotations and
 * derives, deterministically, the metrics a real trainer would report, so that the same data always gives
 * the same numbers and more (and cleaner) labelled data gives better ones.
 *
 * Inputs, per concept of the app: how many of its annotations reviewers approved, rejected, or have not
 * reviewed yet. Approved annotations are the training examples; rejected ones measure label noise.
 *
 * With A = approved annotations (examples), R = rejected annotations, C = concepts with at least one
 * example, N = concepts of the app, and K = EXAMPLES_HALF_SATURATION (20):
 *
 *   quality   q = (A + 1) / (A + R + 2)       share of reviewed labels that were right (Laplace-smoothed,
 *                                               so 3 approvals and no rejection is not "perfect")
 *   data      d = A / (A + K)                 how much data there is: 0 with none, ½ at K examples, → 1
 *   coverage  c = C / N   (0 when N = 0)      share of the app's concepts the model has seen
 *
 *   precision = q · d          (few false positives when labels are clean and plentiful)
 *   recall    = c · d          (a concept without examples is never found)
 *   accuracy  = (precision + recall) / 2
 *
 * Each score is rounded to 4 decimals (accuracy from the unrounded two). With no example every score is 0. Cost of a run (usage record,
 * category "training"): TRAINING_BASE_CENTS plus TRAINING_CENTS_PER_EXAMPLE per example.
 */

export const EXAMPLES_HALF_SATURATION = 20;
export const TRAINING_BASE_CENTS = 500;
export const TRAINING_CENTS_PER_EXAMPLE = 2;
/** Per-concept counts kept in a version's metrics (the most-used concepts first). */
export const PER_CONCEPT_LIMIT = 100;

export type ConceptLabelCounts = { conceptId: string; name: string; approved: number; rejected: number; pending: number };

export type TrainingMetrics = {
  simulated: true;
  /** Approved annotations: the training examples. */
  examples: number;
  /** Distinct inputs among the examples. */
  inputs: number;
  rejected: number;
  pending: number;
  conceptsCovered: number;
  conceptsTotal: number;
  perConcept: Array<{ conceptId: string; name: string; examples: number; rejected: number }>;
  accuracy: number;
  precision: number;
  recall: number;
};

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function computeTrainingMetrics(concepts: readonly ConceptLabelCounts[], distinctInputs: number): TrainingMetrics {
  let examples = 0;
  let rejected = 0;
  let pending = 0;
  let covered = 0;
  for (const concept of concepts) {
    examples += concept.approved;
    rejected += concept.rejected;
    pending += concept.pending;
    if (concept.approved > 0) covered += 1;
  }
  const quality = (examples + 1) / (examples + rejected + 2);
  const data = examples / (examples + EXAMPLES_HALF_SATURATION);
  const coverage = concepts.length === 0 ? 0 : covered / concepts.length;
  const precision = quality * data;
  const recall = coverage * data;
  const perConcept = [...concepts]
    .sort((x, y) => y.approved - x.approved || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .slice(0, PER_CONCEPT_LIMIT)
    .map((c) => ({ conceptId: c.conceptId, name: c.name, examples: c.approved, rejected: c.rejected }));
  return {
    simulated: true,
    examples,
    inputs: distinctInputs,
    rejected,
    pending,
    conceptsCovered: covered,
    conceptsTotal: concepts.length,
    perConcept,
    accuracy: round4((precision + recall) / 2),
    precision: round4(precision),
    recall: round4(recall),
  };
}

export function trainingCostCents(examples: number): number {
  return TRAINING_BASE_CENTS + TRAINING_CENTS_PER_EXAMPLE * examples;
}

/**
 * A stored version's metrics as the UI reads them: whatever the row holds (older or hand-made rows may
 * lack fields), with missing numbers as null.
 */
export type ShownMetrics = {
  accuracy: number | null;
  precision: number | null;
  recall: number | null;
  examples: number | null;
  conceptsCovered: number | null;
  conceptsTotal: number | null;
  perConcept: Array<{ name: string; examples: number }>;
};

export function readMetrics(raw: unknown): ShownMetrics {
  const m = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const num = (key: string) => (typeof m[key] === 'number' && Number.isFinite(m[key]) ? (m[key] as number) : null);
  const perConcept = Array.isArray(m.perConcept)
    ? m.perConcept.flatMap((c: unknown) => {
        const item = c !== null && typeof c === 'object' ? (c as Record<string, unknown>) : {};
        return typeof item.name === 'string' && typeof item.examples === 'number' ? [{ name: item.name, examples: item.examples }] : [];
      })
    : [];
  return {
    accuracy: num('accuracy'),
    precision: num('precision'),
    recall: num('recall'),
    examples: num('examples'),
    conceptsCovered: num('conceptsCovered'),
    conceptsTotal: num('conceptsTotal'),
    perConcept,
  };
}
