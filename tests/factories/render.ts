import { isValidElement, type ReactNode } from 'react';
import { DataTable } from '@/components/ui/data-table';

/** Plain markup components (no hooks) whose output holds what pages choose to render: expanded while walking. */
const EXPANDED = new Set<unknown>([DataTable]);

/**
 * The elements of type `type` in a server component's returned tree (without rendering it): what a page
 * chose to render, e.g. whether it put a control there at all.
 */
export function elementsOf(tree: unknown, type: unknown): Array<{ props: Record<string, unknown> }> {
  const found: Array<{ props: Record<string, unknown> }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isValidElement(node)) return;
    const props = node.props as Record<string, unknown> & { children?: ReactNode };
    if (node.type === type) found.push({ props });
    if (EXPANDED.has(node.type)) return walk((node.type as (p: unknown) => ReactNode)(props));
    walk(props.children);
  };
  walk(tree);
  return found;
}

/** Whether a page answered with Next's notFound() (HTTP 404). */
export async function notFoundFrom(render: () => Promise<unknown>): Promise<boolean> {
  try {
    await render();
    return false;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '');
    if (digest.includes('404')) return true;
    throw error;
  }
}
