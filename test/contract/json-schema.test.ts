/**
 * The published JSON Schema (src/contract/document.schema.json): generated from the zod
 * contract, every field and flag described for the people who read the output, and an $id
 * that names the file this package version ships.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { FLAGS } from '../../src/contract/flags.js';
import { documentJsonSchema, SCHEMA_EXPORT } from '../../src/contract/json-schema.js';
import { DocumentSchema, FlagSchema } from '../../src/contract/schema.js';
import { processFile } from '../../src/pipeline.js';

type Node = Record<string, unknown>;

const readJson = (relative: string) => JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
const pkg = readJson('../../package.json') as { version: string; exports: Record<string, unknown>; files?: string[] };
const generated = () => JSON.parse(JSON.stringify(documentJsonSchema())) as Node;

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every subschema, with its JSON pointer: through properties, items, prefixItems, anyOf, additionalProperties and $defs. */
function walk(node: Node, path = '#', out: { path: string; node: Node }[] = []): { path: string; node: Node }[] {
  out.push({ path, node });
  const children: [string, unknown][] = [];
  for (const key of ['properties', '$defs'] as const) {
    if (isNode(node[key])) for (const [name, child] of Object.entries(node[key])) children.push([`${path}/${key}/${name}`, child]);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const) {
    if (Array.isArray(node[key])) node[key].forEach((child, i) => children.push([`${path}/${key}/${i}`, child]));
  }
  for (const key of ['items', 'additionalProperties'] as const) if (isNode(node[key])) children.push([`${path}/${key}`, node[key]]);
  for (const [childPath, child] of children) if (isNode(child)) walk(child, childPath, out);
  return out;
}

/** Object properties without a non-empty description. */
function undescribed(schema: Node): { missing: string[]; properties: number } {
  const missing: string[] = [];
  let properties = 0;
  for (const { path, node } of walk(schema)) {
    if (!isNode(node.properties)) continue;
    for (const [name, property] of Object.entries(node.properties)) {
      properties++;
      const description = isNode(property) ? property.description : undefined;
      if (typeof description !== 'string' || description.trim() === '') missing.push(`${path}/properties/${name}`);
    }
  }
  return { missing, properties };
}

describe('published JSON Schema', () => {
  it('is what the zod contract generates (run `npm run schema` after changing the contract, a description, a flag or the version)', () => {
    const committed = readJson('../../src/contract/document.schema.json');
    expect(committed).toEqual(generated());
  });

  it('requires the contract fields of an Indicator', () => {
    const schema = documentJsonSchema() as { properties: { tables: { items: { properties: { indicators: { items: { required: string[] } } } } } } };
    expect(schema.properties.tables.items.properties.indicators.items.required).toEqual(
      expect.arrayContaining(['level1', 'level2', 'category', 'level3', 'target', 'actual', 'weight', 'score', 'confidence', 'flags', 'provenance']),
    );
  });

  it('describes every property of every object, and the document itself', () => {
    const schema = generated();
    const { missing, properties } = undescribed(schema);
    expect(properties).toBeGreaterThan(90); // the walk reaches the nested objects (Value.normalized, total, goals …)
    expect(missing).toEqual([]);
    expect(schema.title).toBe('evaltab Document');
    expect(String(schema.description).length).toBeGreaterThan(100);
  });

  it('notices a property left without a description (the walk reaches nested, nullable objects)', () => {
    const schema = generated();
    const normalized = walk(schema).find((n) => n.path.endsWith('/properties/normalized'))!.node;
    const inner = (normalized.anyOf as Node[]).find((n) => isNode(n.properties))!;
    delete (inner.properties as Record<string, Node>).unit!.description;
    expect(undescribed(schema).missing).toEqual([expect.stringMatching(/\/properties\/normalized\/anyOf\/0\/properties\/unit$/)]);
  });

  it('documents every flag of the catalogue as a constant with its meaning, and still admits flags it does not know', () => {
    const schema = generated();
    const flag = (schema.$defs as Record<string, Node>).Flag!;
    const options = flag.anyOf as Node[];
    for (const [name, doc] of Object.entries(FLAGS)) {
      const option = options.find((o) => o.const === name);
      expect(option, name).toBeDefined();
      expect(String(option!.description).toLowerCase(), name).toContain(doc.meaning.toLowerCase());
    }
    expect(options.filter((o) => o.const !== undefined)).toHaveLength(Object.keys(FLAGS).length);
    expect(options.filter((o) => o.const === undefined)).toEqual([{ type: 'string', description: expect.stringMatching(/not listed/) }]);
  });

  it('uses the documented flag for every flags field', () => {
    const flagsFields = walk(generated()).filter((n) => n.path.endsWith('/properties/flags'));
    expect(flagsFields.map((n) => n.path)).toEqual([
      '#/properties/tables/items/properties/indicators/items/properties/flags',
      '#/properties/tables/items/properties/flags',
    ]);
    for (const { node } of flagsFields) expect(node.items).toEqual({ $ref: '#/$defs/Flag' });
  });

  it('has an $id naming the schema file this package version ships', () => {
    const id = String(generated().$id);
    const shipped = pkg.exports[SCHEMA_EXPORT] as string;
    expect(id).toContain(`@${pkg.version}/`);
    expect(id).toBe(`https://unpkg.com/evaltab@${pkg.version}/${shipped.replace(/^\.\//, '')}`);
    const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*')}$`);
    expect((pkg.files ?? []).some((pattern) => glob(pattern).test(shipped.replace(/^\.\//, ''))), `${shipped} is in package.json "files"`).toBe(true);
  });
});

describe('flag schema', () => {
  it('validates exactly what a string array did: known flags, unknown flags, nothing else', () => {
    expect(FlagSchema.parse('cells-shifted')).toBe('cells-shifted');
    expect(FlagSchema.parse('a-flag-from-a-newer-evaltab')).toBe('a-flag-from-a-newer-evaltab');
    expect(FlagSchema.safeParse(3).success).toBe(false);
    expect(FlagSchema.safeParse(null).success).toBe(false);
  });
});

/**
 * No JSON-Schema validator (ajv …) is installed and none is added: zod's own, experimental
 * z.fromJSONSchema reads the published JSON back. Not an independent validator, but it checks
 * the JSON as written ($ref to $defs/Flag, the anyOf of flags, nullable encodings) against real
 * pipeline output. Skipped should a zod release drop it.
 */
describe.skipIf(typeof (z as { fromJSONSchema?: unknown }).fromJSONSchema !== 'function')('a pipeline Document against the published JSON Schema', () => {
  const fromJsonSchema = (z as unknown as { fromJSONSchema: (schema: unknown) => z.ZodType }).fromJSONSchema;
  const published = () => fromJsonSchema(readJson('../../src/contract/document.schema.json'));
  const sample = (name: string) => fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));

  it('accepts the Documents of samples with project, final-accounts and summary tables', async () => {
    for (const name of ['lanxian-police-2024-final-accounts.txt', 'dachang-politics-law-2023-self-evaluation-cells.txt']) {
      const doc = await processFile(sample(name));
      expect(DocumentSchema.parse(doc).tables.length, name).toBeGreaterThan(1);
      const result = published().safeParse(JSON.parse(JSON.stringify(doc)));
      expect(result.error?.issues ?? [], name).toEqual([]);
    }
  });

  it('rejects what the contract rejects, and admits a flag it does not know', async () => {
    const doc = JSON.parse(JSON.stringify(await processFile(sample('lanxian-police-2024-final-accounts.txt'))));
    const schema = published();
    expect(schema.safeParse({ ...doc, status: 'fine' }).success).toBe(false);
    expect(schema.safeParse({ ...doc, source: { ...doc.source, extra: 1 } }).success).toBe(false);
    expect(schema.safeParse({ ...doc, tables: [{ ...doc.tables[0], flags: [3] }] }).success).toBe(false);
    expect(schema.safeParse({ ...doc, tables: [{ ...doc.tables[0], flags: ['a-flag-from-a-newer-evaltab'] }] }).success).toBe(true);
  });
});
