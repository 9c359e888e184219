export { ingestPdf } from './pdf-ingester.js';
