// `npm run openapi`: writes the API's OpenAPI document and the typed client's types from the operations'
// zod schemas. Tests fail while the committed files differ from what the code generates.
import { writeFileSync } from 'node:fs';
import { generatedApiFiles } from '@/lib/api/generate';

const { document, types } = await generatedApiFiles();
writeFileSync('docs/api/openapi.json', document);
writeFileSync('lib/api/client/schema.d.ts', types);
console.log('wrote docs/api/openapi.json and lib/api/client/schema.d.ts');
