'use server';

import { z } from 'zod';
import { userAction } from '@/lib/actions/wrapper';
import { respondToInvitationSchema } from '@/lib/validations/members';
import { acceptInvitation, declineInvitation } from '@/domain/invitations/answer-invitation';
import { listLatestNotifications, markNotificationsRead } from '@/domain/notifications/notification-bar';

export const acceptInvitationAction = userAction({ schema: respondToInvitationSchema, run: acceptInvitation });

export const declineInvitationAction = userAction({ schema: respondToInvitationSchema, run: declineInvitation });

export const markNotificationsReadAction = userAction({
  schema: z.object({ ids: z.array(z.uuid()).max(100).optional() }),
  run: markNotificationsRead,
});

/** The bar's list, asked for when the bar opens. */
export const latestNotificationsAction = userAction({ schema: z.object({}), run: listLatestNotifications });
