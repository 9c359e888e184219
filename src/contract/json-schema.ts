import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DocumentSchema } from './schema.js';

interface PackageJson {
  name: string;
  version: string;
  exports?: Record<string, unknown>;
}

/** Where the package exports the schema file (package.json "exports"), e.g. "./dist/document.schema.json". */
export const SCHEMA_EXPORT = './document.schema.json';

/**
 * evaltab's own package.json, found by walking up from this module: it sits two levels up
 * from src/contract, three from the compiled dist/src/contract.
 */
export function ownPackageJson(): PackageJson {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
      if (pkg.name === 'evaltab') return pkg;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('evaltab: cannot find its package.json to version the JSON Schema $id');
    dir = up;
  }
}

/**
 * The schema's published address: the file the package ships (its "exports" entry for
 * ./document.schema.json), on unpkg at this version, so a document can be checked against
 * exactly the contract of the evaltab that wrote it.
 */
export function schemaId(pkg: PackageJson = ownPackageJson()): string {
  const shipped = pkg.exports?.[SCHEMA_EXPORT];
  if (typeof shipped !== 'string' || !shipped.startsWith('./')) {
    throw new Error(`evaltab: package.json exports has no "${SCHEMA_EXPORT}" path to put in the JSON Schema $id`);
  }
  return `https://unpkg.com/${pkg.name}@${pkg.version}/${shipped.slice(2)}`;
}

/**
 * The contract as JSON Schema, generated from the zod schema so the two cannot drift: every
 * field's description, title and top-level description come from the zod schema (schema.ts),
 * every flag of flags.ts is a documented constant under $defs/Flag.
 */
export function documentJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' });
  return { $schema, $id: schemaId(), ...rest };
}
