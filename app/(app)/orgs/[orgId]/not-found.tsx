import { NotFoundMessage } from '@/components/ui/not-found-message';

// A missing page inside an organization the user may open: its sidebar stays.
export default function OrgNotFound() {
  return <NotFoundMessage />;
}
