/**
 * Helpers every command's argument parser shares: node:util parseArgs with its errors turned
 * into usage errors, and checked numbers and enums.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: T }>>;

export function parseOptions<T extends Options>(command: string, argv: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliError(`${command}: ${(error as Error).message}\nRun evaltab ${command} --help for usage.`);
  }
}

export function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`--${name} must be a positive number, got "${raw}"`);
  return n;
}

export function integer(name: string, raw: string | undefined, min = 0): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new CliError(`--${name} must be a whole number${min > 0 ? ` ≥ ${min}` : ''}, got "${raw}"`);
  return n;
}

export function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[]): T | null {
  if (raw === undefined) return null;
  if (!(allowed as readonly string[]).includes(raw)) throw new CliError(`--${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

export function required(command: string, name: string, raw: string | undefined): string {
  if (raw === undefined || raw === '') throw new CliError(`${command} needs --${name}\nRun evaltab ${command} --help for usage.`);
  return raw;
}
