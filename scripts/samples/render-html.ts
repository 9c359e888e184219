/**
 * Printed tables → HTML with rowspan/colspan, the input LibreOffice's "HTML (StarWriter)"
 * filter turns into a word-processor-written DOCX (and from there a PDF).
 */
import type { PrintedCell, PrintedTable } from './table-builder.js';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderCell(cell: PrintedCell): string {
  const tag = cell.header ? 'th' : 'td';
  const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
  return `<${tag}${spans}>${cell.text.split('\n').map(escapeHtml).join('<br>')}</${tag}>`;
}

function renderTable(table: PrintedTable): string {
  const rows = table.rows.map((cells) => `<tr>${cells.map(renderCell).join('')}</tr>`);
  const heads = table.paragraphs.map((text, i) => (i === 0 ? `<h2>${escapeHtml(text)}</h2>` : `<p class="sub">${escapeHtml(text)}</p>`));
  return [...heads, '<table border="1" cellspacing="0" cellpadding="3" width="100%">', ...rows, '</table>', '<p></p>'].join('\n');
}

export function renderHtml(tables: PrintedTable[], title: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:9pt}',
    'h2,p.sub{text-align:center} th,td{text-align:center;vertical-align:middle;font-size:9pt}</style>',
    '</head><body>',
    ...tables.map(renderTable),
    '</body></html>',
  ].join('\n');
}
