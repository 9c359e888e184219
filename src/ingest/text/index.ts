import { diag } from '../../ir/diagnostics.js';
import type { Layout } from '../../ir/types.js';
import type { IngestInput } from '../index.js';
import { decodeText } from './decode.js';
import { ingestText } from './text-ingester.js';

export async function ingestTextBytes(input: IngestInput): Promise<Layout> {
  const { bytes, options } = input;
  if (bytes.length > options.maxTextBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      format: 'text', pages: null, ocr: false, blocks: [],
      diagnostics: [diag('error', 'text:too-large', `text input of ${mb(bytes.length)} exceeds the ${mb(options.maxTextBytes)} limit (--max-text-mb); disclosure texts are far smaller: split the file`)],
    };
  }
  const decoded = decodeText(bytes);
  const layout = ingestText(decoded.text);
  const { shape: _shape, ...rest } = layout;
  return { ...rest, diagnostics: [...decoded.diagnostics, ...layout.diagnostics] };
}
