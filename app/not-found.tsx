import { NotFoundMessage } from '@/components/ui/not-found-message';

// Outside the signed-in layout (no top bar): the same message as inside it.
export default function NotFound() {
  return <NotFoundMessage />;
}
