'use client';

import { useCallback, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { ActionResult } from '@/lib/actions/result';
import { TEAM_LEVEL_LABELS, TEAM_LEVELS, type TeamLevel } from '@/lib/permissions';
import { addTeamAppsAction, addTeamMembersAction, searchTeamAppCandidatesAction, searchTeamCandidatesAction } from '../../actions';
import { CandidatePicker, type Candidate } from '@/components/forms/candidate-picker';

/** Search on the server, pick several results, add them in one action: Add Members and Add App. */
function PickAndAddDialog({
  title,
  description,
  searchLabel,
  search,
  addLabel,
  noun,
  add,
  onReset,
  children,
}: {
  title: string;
  description: string;
  searchLabel: string;
  search: (q: string) => Promise<ActionResult<Candidate[]>>;
  addLabel: string;
  noun: [string, string];
  add: (ids: string[]) => Promise<ActionResult<{ added: number }>>;
  onReset?: () => void;
  children?: ReactNode;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(new Map<string, Candidate>());
  const toggle = (c: Candidate) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(c.id)) next.delete(c.id);
      else next.set(c.id, c);
      return next;
    });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setSelected(new Map());
        setError(null);
        onReset?.();
      }}
      title={title}
      description={description}
      trigger={<Button>{title}</Button>}
    >
      <div className="space-y-4">
        <CandidatePicker searchLabel={searchLabel} search={search} selected={selected} onToggle={toggle} noun={noun} />
        {children}
        <FormError message={error} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            disabled={selected.size === 0}
            onClick={async () => {
              const result = await add([...selected.keys()]);
              if (!result.ok) {
                setError(result.message);
                return;
              }
              toast.success(`Added ${result.data.added} ${noun[result.data.added === 1 ? 0 : 1]}.`);
              setOpen(false);
              setSelected(new Map());
              router.refresh();
            }}
          >
            {addLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

export function AddMembersDialog({ orgId, teamId }: { orgId: string; teamId: string }) {
  const search = useCallback((q: string) => searchTeamCandidatesAction({ orgId, teamId, q }), [orgId, teamId]);
  return (
    <PickAndAddDialog
      title="Add Members"
      description="Search this organization's members; only they can join its teams."
      searchLabel="Search members"
      search={search}
      addLabel="Add users"
      noun={['member', 'members']}
      add={(userIds) => addTeamMembersAction({ orgId, teamId, userIds })}
    />
  );
}

export function AddAppDialog({ orgId, teamId, defaultPermission }: { orgId: string; teamId: string; defaultPermission: TeamLevel }) {
  const [permission, setPermission] = useState<TeamLevel>(defaultPermission);
  const search = useCallback((q: string) => searchTeamAppCandidatesAction({ orgId, teamId, q }), [orgId, teamId]);
  return (
    <PickAndAddDialog
      title="Add App"
      description="Search this organization's apps and choose the permission the team gets on them."
      searchLabel="Search apps"
      search={search}
      addLabel="Add apps"
      noun={['app', 'apps']}
      add={(appIds) => addTeamAppsAction({ orgId, teamId, appIds, permission })}
      onReset={() => setPermission(defaultPermission)}
    >
      <SelectField
        label="Permission"
        options={TEAM_LEVELS.map((level) => ({ value: level, label: TEAM_LEVEL_LABELS[level] }))}
        hint={`Starts at the team's Default permission, ${TEAM_LEVEL_LABELS[defaultPermission]}.`}
        value={permission}
        onChange={(e) => setPermission(e.target.value as TeamLevel)}
      />
    </PickAndAddDialog>
  );
}
