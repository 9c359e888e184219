import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';

/**
 * Unusable input found deep inside the DOCX reader (corrupt zip, bomb, DTD). Thrown only
 * within src/ingest/docx and turned into an error diagnostic by the ingester, which never throws.
 */
export class DocxError extends Error {
  constructor(readonly code: string, message: string, readonly level: Diagnostic['level'] = 'error') {
    super(message);
    this.name = 'DocxError';
  }

  toDiagnostic(): Diagnostic {
    return diag(this.level, this.code, this.message);
  }
}
