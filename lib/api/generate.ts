import 'server-only';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from './openapi';

/** The committed OpenAPI document (docs/api/openapi.json) and the client types generated from it (lib/api/client/schema.d.ts). */
export async function generatedApiFiles(): Promise<{ document: string; types: string }> {
  const doc = openApiDocument();
  const document = `${JSON.stringify(doc, null, 2)}\n`;
  const header = '// Generated from docs/api/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n\n';
  const types = header + astToString(await openapiTS(JSON.parse(document), { alphabetize: false }));
  return { document, types };
}
