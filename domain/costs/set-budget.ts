import 'server-only';
import { lockBudgetCents, upsertBudget } from '@/db/queries/costs';
import { dollarsToCents, formatUsd } from '@/lib/validations/costs';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requirePerson } from '@/domain/actors';

/** Sets the organization's monthly budget, auditing the old and new amounts. */
export async function setBudget(ctx: OrgCommandContext, input: { dollars: number }): Promise<{ monthlyCents: number }> {
  authorize(ctx, 'budget.set');
  const monthlyCents = dollarsToCents(input.dollars);
  const beforeCents = await lockBudgetCents(ctx.tx, ctx.orgId);
  await upsertBudget(ctx.tx, ctx.orgId, monthlyCents, requirePerson(ctx.actor).id);
  ctx.audit({
    action: 'budget.set',
    targetType: 'budget',
    targetId: ctx.orgId,
    data: {
      before: beforeCents === null ? null : formatUsd(beforeCents),
      after: formatUsd(monthlyCents),
      beforeCents,
      afterCents: monthlyCents,
    },
  });
  return { monthlyCents };
}
