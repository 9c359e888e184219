export { ingestDocx, makeDocxIngester, DEFAULT_DOCX_OPTIONS, type DocxIngestOptions } from './docx-ingester.js';
