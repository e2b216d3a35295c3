import { describe, expect, it } from 'vitest';
import { PLAN_KEYS, PLANS, STARTING_PLAN, UNCHOSEN_PLAN, isPlanKey, planOf } from '@/lib/billing/plans';
import { downgradeRefusal, planDescription, planSummary, seatRefusal, seatsLeft, seatsUsed, usedPhrase } from '@/lib/billing/seats';

describe('plans', () => {
  it('are keyed by their own key, ordered by seats then included usage (unlimited last)', () => {
    for (const key of PLAN_KEYS) expect(PLANS[key].key).toBe(key);
    const seats = PLAN_KEYS.map((k) => PLANS[k].seats ?? Infinity);
    expect(seats).toEqual([...seats].sort((a, b) => a - b));
    const included = PLAN_KEYS.map((k) => PLANS[k].includedMonthlyCents);
    expect(included).toEqual([...included].sort((a, b) => a - b));
    expect(new Set(PLAN_KEYS.map((k) => PLANS[k].label)).size).toBe(PLAN_KEYS.length);
  });

  it('rows written without a plan get unlimited seats; organizations created in the product start on a limited one', () => {
    expect(PLANS[UNCHOSEN_PLAN].seats).toBeNull();
    expect(PLANS[STARTING_PLAN].seats).toBeGreaterThan(1);
  });

  it('planOf knows every key and falls back to the unchosen plan', () => {
    for (const key of PLAN_KEYS) expect(planOf(key)).toBe(PLANS[key]);
    expect(isPlanKey('platinum')).toBe(false);
    expect(planOf('platinum')).toBe(PLANS[UNCHOSEN_PLAN]);
  });

  it('summarizes a plan for the select, and describes it in a sentence', () => {
    expect(planSummary(PLANS.team)).toBe('Team — 10 seats, $5,000 included');
    expect(planSummary(PLANS.enterprise)).toBe('Enterprise — unlimited seats, $100,000 included');
    expect(planDescription(PLANS.free)).toBe('Free: 3 seats (members and pending invitations) and $500 of usage included each month.');
  });
});

describe('seat math', () => {
  const team = PLANS.team;

  it('seats used are members plus pending invitations; seats left never go below zero', () => {
    expect(seatsUsed({ members: 7, pending: 2 })).toBe(9);
    expect(seatsLeft(team, { members: 7, pending: 2 })).toBe(1);
    expect(seatsLeft(team, { members: 12, pending: 0 })).toBe(0);
    expect(seatsLeft(PLANS.enterprise, { members: 25_000, pending: 10 })).toBeNull();
  });

  it('lets in what fits, up to the last seat', () => {
    expect(seatRefusal(team, { members: 7, pending: 2 }, 1)).toBeNull();
    expect(seatRefusal(team, { members: 0, pending: 0 }, 10)).toBeNull();
    expect(seatRefusal(PLANS.enterprise, { members: 25_000, pending: 0 }, 1000)).toBeNull();
  });

  it('refuses beyond the seats left, naming the limit and what holds the seats', () => {
    expect(seatRefusal(team, { members: 8, pending: 2 }, 1)).toBe(
      'Your Team plan includes 10 seats; 10 are used (8 members, 2 pending invitations). Remove a pending invitation or change the plan.',
    );
    expect(seatRefusal(team, { members: 7, pending: 2 }, 3)).toBe(
      'Your Team plan includes 10 seats; 9 are used (7 members, 2 pending invitations), so 1 seat is left and this would take 3. ' +
        'Remove a pending invitation or change the plan.',
    );
    expect(seatRefusal(PLANS.free, { members: 1, pending: 0 }, 3)).toBe(
      'Your Free plan includes 3 seats; 1 is used (1 member, 0 pending invitations), so 2 seats are left and this would take 3. ' +
        'Remove a member or change the plan.',
    );
  });

  it('refuses a plan with fewer seats than are held, and allows one with exactly enough', () => {
    expect(downgradeRefusal(PLANS.free, { members: 2, pending: 1 })).toBeNull();
    expect(downgradeRefusal(PLANS.free, { members: 2, pending: 2 })).toBe(
      'The Free plan includes 3 seats; 4 are used (2 members, 2 pending invitations). ' +
        'Remove members or pending invitations first, or choose a larger plan.',
    );
    expect(downgradeRefusal(PLANS.enterprise, { members: 99_999, pending: 5 })).toBeNull();
    expect(usedPhrase({ members: 1, pending: 1 })).toBe('2 are used (1 member, 1 pending invitation)');
  });
});
