import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Try it out sends requests with the token typed into Authorize, from this page to this server.
const INIT = `window.ui = SwaggerUIBundle({
  url: '/api/v1/openapi.json',
  dom_id: '#api-reference',
  deepLinking: true,
  persistAuthorization: false,
  defaultModelsExpandDepth: 0,
});
`;

const FILES: Record<string, { file?: string; body?: string; type: string }> = {
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
  'init.js': { body: INIT, type: 'text/javascript; charset=utf-8' },
};

/** The reference page's scripts and styles: swagger-ui-dist's own files, and the lines that start it. */
export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }): Promise<Response> {
  const { asset } = await params;
  const found = Object.hasOwn(FILES, asset) ? FILES[asset]! : null;
  if (!found) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const body = found.body ?? (await readFile(path.join(process.cwd(), 'node_modules/swagger-ui-dist', found.file!)));
  return new Response(body, { headers: { 'Content-Type': found.type, 'Cache-Control': 'public, max-age=3600' } });
}
