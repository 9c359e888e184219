/** `npm run schema`: publishes the zod contract as JSON Schema (src/contract/document.schema.json). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentJsonSchema } from '../src/contract/json-schema.js';

const target = fileURLToPath(new URL('../src/contract/document.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
