import { describe, expect, it } from 'vitest';
import { computeTrainingMetrics, PER_CONCEPT_LIMIT, readMetrics, trainingCostCents, type ConceptLabelCounts } from '@/lib/training';

const concept = (name: string, approved: number, rejected = 0, pending = 0): ConceptLabelCounts => ({
  conceptId: `id-${name}`,
  name,
  approved,
  rejected,
  pending,
});

describe('the simulated trainer (lib/training.ts)', () => {
  it('computes the documented formula: q = (A+1)/(A+R+2), d = A/(A+20), c = C/N; precision q·d, recall c·d, accuracy their mean', () => {
    // A = 20, R = 3, C = 2 of N = 3: q = 21/25 = 0.84, d = 0.5, c = 2/3.
    const metrics = computeTrainingMetrics([concept('cat', 18, 2, 1), concept('dog', 2), concept('bird', 0, 1, 3)], 15);
    expect(metrics).toEqual({
      simulated: true,
      examples: 20,
      inputs: 15,
      rejected: 3,
      pending: 4,
      conceptsCovered: 2,
      conceptsTotal: 3,
      perConcept: [
        { conceptId: 'id-cat', name: 'cat', examples: 18, rejected: 2 },
        { conceptId: 'id-dog', name: 'dog', examples: 2, rejected: 0 },
        { conceptId: 'id-bird', name: 'bird', examples: 0, rejected: 1 },
      ],
      precision: 0.42,
      recall: 0.3333,
      accuracy: 0.3767,
    });
  });

  it('clean, plentiful, fully covering data scores high; the same data always gives the same numbers', () => {
    // A = 60, R = 0, C = N = 2: q = 61/62, d = 0.75 → precision 0.7379, recall 0.75, accuracy 0.7440.
    const data = [concept('a', 30), concept('b', 30)];
    const metrics = computeTrainingMetrics(data, 60);
    expect([metrics.precision, metrics.recall, metrics.accuracy]).toEqual([0.7379, 0.75, 0.744]);
    expect(computeTrainingMetrics(data, 60)).toEqual(metrics);
  });

  it('no example (or no concept) scores 0 everywhere', () => {
    expect(computeTrainingMetrics([concept('cat', 0, 5, 2)], 0)).toMatchObject({
      examples: 0,
      precision: 0,
      recall: 0,
      accuracy: 0,
      conceptsCovered: 0,
      conceptsTotal: 1,
    });
    expect(computeTrainingMetrics([], 0)).toMatchObject({
      examples: 0,
      precision: 0,
      recall: 0,
      accuracy: 0,
      conceptsTotal: 0,
      perConcept: [],
    });
  });

  it('more approved examples raise every score; more rejections lower precision; uncovered concepts lower recall', () => {
    const few = computeTrainingMetrics([concept('a', 5, 1)], 5);
    const more = computeTrainingMetrics([concept('a', 50, 1)], 50);
    expect(more.precision).toBeGreaterThan(few.precision);
    expect(more.recall).toBeGreaterThan(few.recall);
    expect(more.accuracy).toBeGreaterThan(few.accuracy);
    const noisy = computeTrainingMetrics([concept('a', 50, 40)], 50);
    expect(noisy.precision).toBeLessThan(more.precision);
    expect(noisy.recall).toBe(more.recall);
    const partial = computeTrainingMetrics([concept('a', 50, 1), concept('b', 0)], 50);
    expect(partial.recall).toBeLessThan(more.recall);
    expect(partial.precision).toBe(more.precision);
  });

  it('keeps at most PER_CONCEPT_LIMIT concepts, the most-used first (ties by name)', () => {
    const many = Array.from({ length: PER_CONCEPT_LIMIT + 10 }, (_, i) => concept(`c${String(i).padStart(3, '0')}`, i % 7));
    const { perConcept, conceptsTotal } = computeTrainingMetrics(many, 0);
    expect(conceptsTotal).toBe(PER_CONCEPT_LIMIT + 10);
    expect(perConcept).toHaveLength(PER_CONCEPT_LIMIT);
    expect(perConcept[0]).toMatchObject({ name: 'c006', examples: 6 });
    expect(perConcept.map((c) => c.examples)).toEqual([...perConcept.map((c) => c.examples)].sort((x, y) => y - x));
  });

  it('costs a base fee plus a fee per example', () => {
    expect(trainingCostCents(0)).toBe(500);
    expect(trainingCostCents(20)).toBe(540);
  });

  it('reads stored metrics defensively (hand-made rows may lack fields)', () => {
    expect(readMetrics({ accuracy: 0.5 })).toEqual({
      accuracy: 0.5,
      precision: null,
      recall: null,
      examples: null,
      conceptsCovered: null,
      conceptsTotal: null,
      perConcept: [],
    });
    expect(readMetrics(null).accuracy).toBeNull();
    expect(readMetrics(computeTrainingMetrics([concept('cat', 3)], 3)).perConcept).toEqual([{ name: 'cat', examples: 3 }]);
  });
});
