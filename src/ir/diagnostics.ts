import type { Diagnostic } from '../contract/schema.js';

/** Diagnostics travel with the data (style.md §1); each stage stamps its own code prefix. */
export function diag(level: Diagnostic['level'], code: string, message: string, page: number | null = null): Diagnostic {
  return { level, code, message, page };
}

export const formatDiagnostic = (d: Diagnostic): string =>
  `${d.page === null ? '' : `p${d.page}: `}${d.level} ${d.code}: ${d.message}`;
