/** Writes src/dataset/SCHEMA.md from the dataset schema definitions: `npx tsx scripts/write-dataset-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaMarkdown } from '../src/dataset/schema-doc.js';

const target = fileURLToPath(new URL('../src/dataset/SCHEMA.md', import.meta.url));
writeFileSync(target, schemaMarkdown());
process.stdout.write(`wrote ${target}\n`);
