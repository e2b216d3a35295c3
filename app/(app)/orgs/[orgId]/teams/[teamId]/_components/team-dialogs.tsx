'use client';

import { useCallback, useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError, inputClass } from '@/components/ui/field';
import { TEAM_LEVEL_LABELS, TEAM_LEVELS, type TeamLevel } from '@/lib/permissions';
import { addTeamAppsAction, addTeamMembersAction, searchTeamAppCandidatesAction, searchTeamCandidatesAction } from '../../actions';
import { CandidatePicker, type Candidate } from './candidate-picker';

function useSelection() {
  const [selected, setSelected] = useState(new Map<string, Candidate>());
  const toggle = (c: Candidate) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(c.id)) next.delete(c.id);
      else next.set(c.id, c);
      return next;
    });
  return { selected, toggle, clear: () => setSelected(new Map()) };
}

export function AddMembersDialog({ orgId, teamId }: { orgId: string; teamId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { selected, toggle, clear } = useSelection();
  const search = useCallback((q: string) => searchTeamCandidatesAction({ orgId, teamId, q }), [orgId, teamId]);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        clear();
        setError(null);
      }}
      title="Add Members"
      description="Search this organization's members; only they can join its teams."
      trigger={<Button>Add Members</Button>}
    >
      <div className="space-y-4">
        <CandidatePicker searchLabel="Search members" search={search} selected={selected} onToggle={toggle} />
        <FormError message={error} />
        <div className="flex items-center justify-between gap-2">
          <span className="text-sm text-fg-muted">{selected.size} selected</span>
          <Button
            disabled={selected.size === 0}
            onClick={async () => {
              const result = await addTeamMembersAction({ orgId, teamId, userIds: [...selected.keys()] });
              if (!result.ok) {
                setError(result.message);
                return;
              }
              toast.success(`Added ${result.data.added} member${result.data.added === 1 ? '' : 's'}.`);
              setOpen(false);
              clear();
              router.refresh();
            }}
          >
            Add users
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

export function AddAppDialog({ orgId, teamId, defaultPermission }: { orgId: string; teamId: string; defaultPermission: TeamLevel }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [permission, setPermission] = useState<TeamLevel>(defaultPermission);
  const [error, setError] = useState<string | null>(null);
  const { selected, toggle, clear } = useSelection();
  const search = useCallback((q: string) => searchTeamAppCandidatesAction({ orgId, teamId, q }), [orgId, teamId]);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        clear();
        setError(null);
        setPermission(defaultPermission);
      }}
      title="Add App"
      description="Search this organization's apps and choose the permission the team gets on them."
      trigger={<Button>Add App</Button>}
    >
      <div className="space-y-4">
        <CandidatePicker searchLabel="Search apps" search={search} selected={selected} onToggle={toggle} />
        <div className="flex flex-col gap-1">
          <label htmlFor="add-app-permission" className="text-sm font-medium">Permission</label>
          <select id="add-app-permission" className={inputClass} value={permission} onChange={(e) => setPermission(e.target.value as TeamLevel)}>
            {TEAM_LEVELS.map((level) => (
              <option key={level} value={level}>{TEAM_LEVEL_LABELS[level]}</option>
            ))}
          </select>
        </div>
        <FormError message={error} />
        <div className="flex items-center justify-between gap-2">
          <span className="text-sm text-fg-muted">{selected.size} selected</span>
          <Button
            disabled={selected.size === 0}
            onClick={async () => {
              const result = await addTeamAppsAction({ orgId, teamId, appIds: [...selected.keys()], permission });
              if (!result.ok) {
                setError(result.message);
                return;
              }
              toast.success(`Added ${result.data.added} app${result.data.added === 1 ? '' : 's'}.`);
              setOpen(false);
              clear();
              router.refresh();
            }}
          >
            Add apps
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
