import { z } from 'zod';
import { DocumentSchema, SCHEMA_VERSION } from './schema.js';

/** The contract as JSON Schema, generated from the zod schema so the two cannot drift. */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }),
    $id: `https://evaltab.invalid/schema/document-v${SCHEMA_VERSION}.json`,
    title: 'evaltab Document',
  };
}
