'use client';

import { useCallback, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { DEFAULT_TEAM_GRANT_LEVEL, TEAM_LEVEL_LABELS, TEAM_LEVELS, type TeamLevel } from '@/lib/permissions';
import { CandidatePicker, type Candidate } from '@/components/forms/candidate-picker';
import { searchAppTeamCandidatesAction, setAppTeamAccessAction } from '../../../actions';

/**
 * Add Team: search the organization's teams on the server (the page never ships the list, so every
 * team can be found however many there are), pick one, and grant it a permission that starts at the
 * team's default.
 */
export function AddTeamDialog({ orgId, appId }: { orgId: string; appId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Candidate | null>(null);
  const [permission, setPermission] = useState<TeamLevel>(DEFAULT_TEAM_GRANT_LEVEL);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // CandidatePicker hands back a plain Candidate; the default permission of each team it showed is kept here.
  const defaults = useRef(new Map<string, TeamLevel>());

  const search = useCallback(
    async (q: string) => {
      const result = await searchAppTeamCandidatesAction({ orgId, appId, q });
      if (result.ok) for (const team of result.data) defaults.current.set(team.id, team.defaultPermission);
      return result;
    },
    [orgId, appId],
  );

  const reset = () => {
    setPicked(null);
    setPermission(DEFAULT_TEAM_GRANT_LEVEL);
    setError(null);
    defaults.current.clear();
  };

  // One team at a time: picking one replaces any other; its chip's Remove unpicks it.
  const toggle = (candidate: Candidate) => {
    if (picked?.id === candidate.id) {
      setPicked(null);
      return;
    }
    setPicked(candidate);
    setPermission(defaults.current.get(candidate.id) ?? DEFAULT_TEAM_GRANT_LEVEL);
    setError(null);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        reset();
      }}
      title="Add Team"
      description="Search this organization's teams and choose the permission the team gets on this app."
      trigger={<Button>Add Team</Button>}
    >
      <div className="space-y-4">
        <CandidatePicker
          searchLabel="Search teams"
          search={search}
          selected={new Map(picked ? [[picked.id, picked]] : [])}
          onToggle={toggle}
          noun={['team', 'teams']}
          multiple={false}
        />
        <SelectField
          label="Permission"
          options={TEAM_LEVELS.map((level) => ({ value: level, label: TEAM_LEVEL_LABELS[level] }))}
          value={permission}
          onChange={(e) => setPermission(e.target.value as TeamLevel)}
        />
        <FormError message={error} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            disabled={!picked || submitting}
            onClick={async () => {
              if (!picked) return;
              setSubmitting(true);
              const result = await setAppTeamAccessAction({ orgId, appId, teamId: picked.id, permission }).finally(() =>
                setSubmitting(false),
              );
              if (!result.ok) {
                setError(result.message);
                return;
              }
              toast.success(`Team ${picked.id} added.`);
              setOpen(false);
              reset();
              router.refresh();
            }}
          >
            Confirm
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
