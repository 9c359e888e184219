/**
 * The three shapes of extracted text seen in the corpus (spec/domain.md §extraction):
 * - 'tabbed': PDF text layers, one table row per line, cells separated by tabs;
 * - 'cells':  DOCX-to-text dumps, one cell per line (each starting with a tab), rows separated by blank lines;
 * - 'ocr':    OCR output, tabbed rows plus markdown headings / HTML fragments.
 */
export type TextShape = 'tabbed' | 'cells' | 'ocr';

export function detectShape(lines: string[]): TextShape {
  let cellLines = 0;
  let tabbedLines = 0;
  let markup = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (/^#{1,6}\s/.test(line) || /<\/?(table|tr|td|th|br|p|div)\b/i.test(line)) markup++;
    const inner = line.replace(/^\t/, '');
    if (line.startsWith('\t') && !inner.includes('\t')) cellLines++;
    else if (/\S\t|\t\S/.test(line) && line.split('\t').length > 2) tabbedLines++;
  }
  if (markup > 0) return 'ocr';
  return cellLines > tabbedLines ? 'cells' : 'tabbed';
}
