import { NotFoundMessage } from '@/components/ui/not-found-message';

// Inside the signed-in layout: the top bar stays (the root app/not-found.tsx has none).
export default function SignedInNotFound() {
  return <NotFoundMessage />;
}
