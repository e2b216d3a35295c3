'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { inputClass } from '@/components/ui/field';
import { TEAM_LEVEL_LABELS, TEAM_LEVELS, type TeamLevel } from '@/lib/permissions';
import { removeTeamAppAction, removeTeamMemberAction, setTeamAppPermissionAction } from '../../actions';

export function RemoveTeamMemberButton({ orgId, teamId, userId, email }: { orgId: string; teamId: string; userId: string; email: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={`Remove ${email}`}>
          Remove
        </Button>
      }
      title={`Remove ${email} from this team?`}
      description="They lose what this team grants on its apps; they stay a member of the organization."
      action={() => removeTeamMemberAction({ orgId, teamId, userId })}
      onDone={() => {
        toast.success(`${email} was removed from the team.`);
        router.refresh();
      }}
    />
  );
}

export function TeamAppPermissionSelect({
  orgId,
  teamId,
  appId,
  slug,
  permission,
}: {
  orgId: string;
  teamId: string;
  appId: string;
  slug: string;
  permission: TeamLevel;
}) {
  const router = useRouter();
  const [value, setValue] = useState(permission);
  return (
    <select
      aria-label={`Permission for ${slug}`}
      className={`${inputClass} w-40`}
      value={value}
      onChange={async (event) => {
        const next = event.target.value as TeamLevel;
        setValue(next);
        const result = await setTeamAppPermissionAction({ orgId, teamId, appId, permission: next });
        if (!result.ok) {
          setValue(permission);
          toast.error(result.message);
          return;
        }
        toast.success(`${slug}: ${TEAM_LEVEL_LABELS[next]}.`);
        router.refresh();
      }}
    >
      {TEAM_LEVELS.map((level) => (
        <option key={level} value={level}>
          {TEAM_LEVEL_LABELS[level]}
        </option>
      ))}
    </select>
  );
}

export function RemoveTeamAppButton({ orgId, teamId, appId, slug }: { orgId: string; teamId: string; appId: string; slug: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={`Remove ${slug}`}>
          Remove
        </Button>
      }
      title={`Remove ${slug} from this team?`}
      description="The team's members lose what this team granted them on the app. The app remains."
      action={() => removeTeamAppAction({ orgId, teamId, appId })}
      onDone={() => {
        toast.success(`${slug} was removed from the team.`);
        router.refresh();
      }}
    />
  );
}
