/**
 * `npm run schema`: publishes the zod contract as JSON Schema (src/contract/document.schema.json),
 * with every field and flag described and the $id of this package version. Run it after changing
 * the contract, a description, the flag catalogue or the package version (a test checks it).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentJsonSchema } from '../src/contract/json-schema.js';

const target = fileURLToPath(new URL('../src/contract/document.schema.json', import.meta.url));
const schema = documentJsonSchema();
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
process.stdout.write(`wrote ${target} (${String(schema.$id)})\n`);
