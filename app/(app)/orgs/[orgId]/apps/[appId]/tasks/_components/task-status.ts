import { ASSIGNMENT_STATUS_LABELS, type AssignmentStatus } from '@/lib/validations/labeling';

/** A task's overall status from its assignees' own statuses (what a task manager sees). */
export function overallStatus(assigneeCount: number, counts: Record<AssignmentStatus, number>): string {
  if (assigneeCount === 0) return 'Unassigned';
  if (counts.completed === assigneeCount) return ASSIGNMENT_STATUS_LABELS.completed;
  if (counts.in_progress + counts.completed > 0) return ASSIGNMENT_STATUS_LABELS.in_progress;
  return ASSIGNMENT_STATUS_LABELS.not_started;
}

/** "3 assignees", "1 assignee". */
export function assigneesText(count: number): string {
  return `${count.toLocaleString('en-US')} assignee${count === 1 ? '' : 's'}`;
}
