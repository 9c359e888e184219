/**
 * The DDL of older dataset versions, for the migration tests: today's statements with what
 * later versions changed taken back out. Version 2: documents without identity, sha256 UNIQUE,
 * no index on sha256. Version 1: version 2 without the corrections table and its index.
 */
import { createStatements } from '../../src/dataset/ddl.js';

export function v2Statements(): string[] {
  return createStatements()
    .filter((s) => !s.startsWith('CREATE INDEX documents_sha256'))
    .map((s) => (s.startsWith('CREATE TABLE documents ')
      ? s.split('\n').filter((line) => !line.trim().startsWith('identity ')).join('\n').replace('sha256 TEXT NOT NULL,', 'sha256 TEXT NOT NULL UNIQUE,')
      : s));
}

export const v1Statements = (): string[] => v2Statements().filter((s) => !/\bcorrections\b/.test(s.split('\n')[0]!));
