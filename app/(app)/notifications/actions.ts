'use server';

import { z } from 'zod';
import { userAction } from '@/lib/actions/wrapper';
import { respondToInvitationSchema } from '@/lib/validations/members';
import { respondToInvitation } from '@/db/queries/invitation-responses';
import { listLatestNotifications, markNotificationsRead } from '@/db/queries/notifications';

export const acceptInvitationAction = userAction({
  schema: respondToInvitationSchema,
  run: ({ tx, user }, ref) => respondToInvitation(tx, user, ref, 'accept'),
});

export const declineInvitationAction = userAction({
  schema: respondToInvitationSchema,
  run: ({ tx, user }, ref) => respondToInvitation(tx, user, ref, 'decline'),
});

export const markNotificationsReadAction = userAction({
  schema: z.object({ ids: z.array(z.uuid()).max(100).optional() }),
  run: ({ tx, user }, input) => markNotificationsRead(tx, user.id, input.ids),
});

/** The bar's list, asked for when the bar opens (a read: the signed-in user's own notifications only). */
export const latestNotificationsAction = userAction({
  schema: z.object({}),
  run: ({ tx, user }) => listLatestNotifications(tx, user.id),
});
