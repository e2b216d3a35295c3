import { openApiDocument } from '@/lib/api/openapi';
import { json } from '@/lib/api/problem';

/** The API's OpenAPI 3.1 document; public, like the documentation it feeds. */
export function GET(): Response {
  return json(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
