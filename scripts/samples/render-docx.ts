/**
 * Printed tables → a Word document with the `docx` package. Its TableCell `rowSpan` writes
 * `w:vMerge w:val="restart"` on the anchor and inserts `w:vMerge` (continue) cells in the
 * rows below; `columnSpan` writes `w:gridSpan`: the merges a Word-made 自评表 carries.
 */
import {
  AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { PrintedCell, PrintedTable } from './table-builder.js';

/** A4 portrait less 2.5 cm margins, in twips. */
const TEXT_WIDTH_TWIPS = 9000;
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

/** Cell text lines become paragraphs, as Word stores a cell with line breaks typed in. */
const cellParagraphs = (cell: PrintedCell): Paragraph[] =>
  cell.text.split('\n').map((line) => new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: line, bold: cell.header, size: 18, font: FONT })],
  }));

function renderTable(table: PrintedTable): Table {
  const columnWidth = Math.floor(TEXT_WIDTH_TWIPS / table.width);
  const rows = table.rows.map((cells) => new TableRow({
    children: cells.map((cell) => new TableCell({
      children: cellParagraphs(cell),
      columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
      rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
      verticalAlign: VerticalAlign.CENTER,
      width: { size: columnWidth * cell.colSpan, type: WidthType.DXA },
    })),
  }));
  return new Table({
    rows,
    columnWidths: new Array<number>(table.width).fill(columnWidth),
    width: { size: columnWidth * table.width, type: WidthType.DXA },
  });
}

const heading = (text: string, i: number): Paragraph => new Paragraph({
  alignment: AlignmentType.CENTER,
  children: [new TextRun({ text, bold: i === 0, size: i === 0 ? 32 : 22, font: FONT })],
});

/** Title paragraphs above each table, an empty paragraph between tables (Word needs one). */
export async function renderDocx(tables: PrintedTable[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const table of tables) {
    table.paragraphs.forEach((text, i) => children.push(heading(text, i)));
    children.push(renderTable(table));
    children.push(new Paragraph({ children: [] }));
  }
  const doc = new Document({ creator: 'evaltab sample generator', sections: [{ children }] });
  return Packer.toBuffer(doc);
}
