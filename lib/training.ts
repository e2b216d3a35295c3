/**
 * The simulated trainer. Roster runs no machine learning: a training run reads the app's annotations and
 * derives, deterministically, the metrics a real trainer would report — the same data and run always give
 * the same numbers, and more (and cleaner) labelled data, or one more run, gives better ones.
 *
 * Inputs, per concept of the app: how many of its annotations reviewers approved, rejected, or have not
 * reviewed yet; and the run's epoch count (the model's version: each training run of a model continues from
 * the last). Approved annotations are the training examples; rejected ones measure label noise.
 *
 * The model is scored on an imagined held-out set. With N concepts, chance is 1 / max(N, 2) (a lone concept
 * is "it or not"). Per concept i with a approved and r rejected annotations:
 *
 *   quality      q = (a + 1) / (a + r + 2)          share of its reviewed labels that were right (smoothed)
 *   examples     n = a · q · boost(epochs)         boost = 1 + EPOCH_GAIN · (1 − EPOCH_DECAY^(epochs − 1))
 *   learned      s = 1 − exp(−n / (K · difficulty))  saturating: 0 with none, ≈ 0.63 at K examples, → 1
 *   recall_i     chance + (ceiling − chance) · s      0 when a = 0: a concept without examples is never found
 *
 * K is EXAMPLES_PER_CONCEPT_SCALE. `difficulty` (0.8–1.25 per concept), each concept's share of the held-out
 * set (`support`, 0.7–1.3) and `ceiling` (CEILING minus up to CEILING_SPREAD) are noise taken from a hash of
 * the concept names: they never depend on the counts, so every score stays monotone in examples and epochs.
 *
 * A true instance of i that is missed is counted as predicted, evenly, as one of the other concepts the model
 * knows (has examples of), or as no prediction when it knows none; with N = 1 the confusion is symmetric
 * (precision = recall). From that confusion: precision_i, F1_i; accuracy = the support-weighted mean of
 * recall_i (so ≥ chance when every concept has an example, and ≤ ceiling); precision, recall and F1 are
 * plain means over all concepts (a concept never predicted has precision 0, as scikit-learn reports it).
 * loss = mean −ln(confidence in the true concept): recall_i for a known concept, chance / 2 for an unknown one. With no example at all nothing is learnt: every score is
 * 0 and loss is ln(2 · max(N, 2)). Scores are rounded to 4 decimals (each from unrounded parts).
 *
 * Cost of a run (usage record, category "training"): TRAINING_BASE_CENTS plus TRAINING_CENTS_PER_EXAMPLE
 * per example.
 */

/** Examples of one concept (of average difficulty) after which ≈ 63% of the gap to the ceiling is closed. */
export const EXAMPLES_PER_CONCEPT_SCALE = 6;
/** The best accuracy the simulated model reaches; real labels are never perfectly separable. */
export const CEILING = 0.95;
/** How much lower than CEILING a given set of concepts may top out (hash noise). */
export const CEILING_SPREAD = 0.03;
/** Further runs are worth at most 60% more examples, the second run 15% more: small, diminishing gains. */
export const EPOCH_GAIN = 0.6;
export const EPOCH_DECAY = 0.75;
export const TRAINING_BASE_CENTS = 500;
export const TRAINING_CENTS_PER_EXAMPLE = 2;
/** Per-concept counts kept in a version's metrics (the most-used concepts first). */
export const PER_CONCEPT_LIMIT = 100;

export type ConceptLabelCounts = { conceptId: string; name: string; approved: number; rejected: number; pending: number };

export type ConceptMetrics = {
  conceptId: string;
  name: string;
  examples: number;
  rejected: number;
  precision: number;
  recall: number;
  f1: number;
};

export type TrainingMetrics = {
  simulated: true;
  /** Runs of this model so far, this one included (its version number). */
  epochs: number;
  /** Approved annotations: the training examples. */
  examples: number;
  /** Distinct inputs among the examples. */
  inputs: number;
  rejected: number;
  pending: number;
  conceptsCovered: number;
  conceptsTotal: number;
  perConcept: ConceptMetrics[];
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  loss: number;
};

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length);
const f1Of = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

/** FNV-1a: a stable 32-bit hash, mapped to [0, 1). The only source of "noise", so runs are reproducible. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}

const epochRuns = (epochs: number) => (Number.isFinite(epochs) ? Math.max(1, Math.floor(epochs)) : 1);

/** How many examples a run effectively learns from: the later the run, the more it gets out of the same data. */
export function epochBoost(epochs: number): number {
  return 1 + EPOCH_GAIN * (1 - EPOCH_DECAY ** (epochRuns(epochs) - 1));
}

export function computeTrainingMetrics(concepts: readonly ConceptLabelCounts[], distinctInputs: number, epochs = 1): TrainingMetrics {
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
  const classes = Math.max(concepts.length, 2);
  const chance = 1 / classes;
  const names = concepts.map((c) => c.name).sort();
  const ceiling = CEILING - CEILING_SPREAD * unitHash(`ceiling\u0000${names.join('\u0000')}`);
  const runs = epochRuns(epochs);
  const boost = epochBoost(runs);

  const recalls = concepts.map((c) => {
    if (c.approved <= 0) return 0;
    const quality = (c.approved + 1) / (c.approved + c.rejected + 2);
    const difficulty = 0.8 + 0.45 * unitHash(`difficulty\u0000${c.name}`);
    const learned = 1 - Math.exp(-(c.approved * quality * boost) / (EXAMPLES_PER_CONCEPT_SCALE * difficulty));
    return chance + (ceiling - chance) * learned;
  });
  const support = concepts.map((c) => 0.7 + 0.6 * unitHash(`support\u0000${c.name}`));
  // Missed instances of each concept, per concept that receives them (false positives of the receivers).
  const falsePositives = concepts.map((_, j) => {
    if (recalls[j] === 0) return 0;
    if (concepts.length === 1) return support[j]! * (1 - recalls[j]!);
    let sum = 0;
    concepts.forEach((_, i) => {
      if (i === j) return;
      const receivers = recalls[i]! > 0 ? covered - 1 : covered;
      sum += (support[i]! * (1 - recalls[i]!)) / receivers;
    });
    return sum;
  });
  const precisions = recalls.map((recall, j) => {
    const truePositives = support[j]! * recall;
    return recall === 0 ? 0 : truePositives / (truePositives + falsePositives[j]!);
  });
  const f1s = recalls.map((recall, j) => f1Of(precisions[j]!, recall));
  const confidence = recalls.map((recall) => (recall > 0 ? recall : chance / 2));

  const perConcept = concepts
    .map((c, n) => ({
      conceptId: c.conceptId,
      name: c.name,
      examples: c.approved,
      rejected: c.rejected,
      precision: round4(precisions[n]!),
      recall: round4(recalls[n]!),
      f1: round4(f1s[n]!),
    }))
    .sort((x, y) => y.examples - x.examples || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .slice(0, PER_CONCEPT_LIMIT);
  return {
    simulated: true,
    epochs: runs,
    examples,
    inputs: distinctInputs,
    rejected,
    pending,
    conceptsCovered: covered,
    conceptsTotal: concepts.length,
    perConcept,
    accuracy: round4(recalls.reduce((sum, recall, n) => sum + support[n]! * recall, 0) / (support.reduce((a, b) => a + b, 0) || 1)),
    precision: round4(mean(precisions)),
    recall: round4(mean(recalls)),
    f1: round4(mean(f1s)),
    loss: round4(concepts.length === 0 ? Math.log(2 * classes) : mean(confidence.map((p) => -Math.log(p)))),
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
