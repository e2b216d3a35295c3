import { notFound } from 'next/navigation';

// An unknown path under an organization: answered here, inside the organization's layout (top bar,
// sidebar, and the layout's own access check), not by the bare root 404.
export default function MissingOrgPage() {
  notFound();
}
