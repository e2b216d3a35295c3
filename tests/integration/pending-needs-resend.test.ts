import { describe, expect, it } from 'vitest';
import type { ReactElement, ReactNode } from 'react';
import MembersPage from '@/app/(app)/orgs/[orgId]/members/page';
import { removeMemberAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { PendingTable, type PendingRow } from '@/app/(app)/orgs/[orgId]/members/_components/pending-table';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { invite, newEmail } from '../factories/invitations';

/** The PendingTable element somewhere in the rendered tree. */
function findPendingRows(node: ReactNode): PendingRow[] | null {
  if (!node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findPendingRows(child);
      if (found) return found;
    }
    return null;
  }
  const element = node as ReactElement<Record<string, unknown>>;
  if (element.type === PendingTable) return (element.props as { rows: PendingRow[] }).rows;
  for (const value of Object.values(element.props ?? {})) {
    const found = findPendingRows(value as ReactNode);
    if (found) return found;
  }
  return null;
}

describe('pending invitations say which need resending', () => {
  it("flags a removed Admin's invitation, not another Admin's", async () => {
    const first = await createUser();
    const { id: orgId } = await createOrg(first);
    const second = await addMember(orgId, 'admin');
    const [fromFirst, fromSecond] = [newEmail(), newEmail()];
    await invite(first, orgId, fromFirst, 'admin');
    await invite(second, orgId, fromSecond, 'admin');
    await actAs(first);
    expect(await removeMemberAction({ orgId, userId: second.id })).toMatchObject({ ok: true });
    const page = await MembersPage({ params: Promise.resolve({ orgId }), searchParams: Promise.resolve({ tab: 'pending' }) });
    const rows = findPendingRows(page);
    expect(rows?.map((r) => [r.email, r.needsResend]).sort()).toEqual(
      [
        [fromFirst, false],
        [fromSecond, true],
      ].sort(),
    );
  });
});
