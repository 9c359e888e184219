/**
 * Printed tables → a Word document with the `docx` package. Its TableCell `rowSpan` writes
 * `w:vMerge w:val="restart"` on the anchor and inserts `w:vMerge` (continue) cells in the
 * rows below; `columnSpan` writes `w:gridSpan`: the merges a Word-made 自评表 carries.
 */
import {
  AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun,
  VerticalAlign, WidthType,
} from 'docx';
import type { PrintedCell, PrintedTable } from './table-builder.js';

/** A4 portrait less 2.5 cm margins, in twips; landscape less the docx package's default 2.54 cm margins. */
const TEXT_WIDTH_TWIPS = 9000;
const LANDSCAPE_TEXT_WIDTH_TWIPS = 13_900;
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

/** Cell text lines become paragraphs, as Word stores a cell with line breaks typed in. */
const cellParagraphs = (cell: PrintedCell): Paragraph[] =>
  cell.text.split('\n').map((line) => new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: line, bold: cell.header, size: 18, font: FONT })],
  }));

export interface DocxOptions {
  /** 'equal' (default): every column as wide as the next; 'content': as wide as its cells need, as Word's autofit */
  columnWidths?: 'equal' | 'content';
  /** A4 landscape pages, as templates with many columns are printed (default portrait) */
  landscape?: boolean;
  /** a line at the top right of every page (Word page header), e.g. the department's name */
  pageHeader?: string;
  /** a "第 X 页 共 Y 页" footer centred on every page */
  pageNumbers?: boolean;
  /** the paragraphs under a table's title left-aligned at 10.5 pt, as a "填报单位：…" caption line (default centred at 11 pt) */
  leftCaptions?: boolean;
}

/** Width of a text in ems of the font size: a CJK character is one em, ASCII about half. */
const ems = (text: string): number =>
  Math.max(0, ...text.split('\n').map((line) => [...line].reduce((n, ch) => n + (ch.codePointAt(0)! < 0x2000 ? 0.55 : 1), 0)));

/**
 * Column widths in proportion to what their one-column cells need (plus the cell margins): a
 * header may wrap after 3 ems, a text cell after 8 (long 三级 names wrap), a number or other
 * ASCII cell does not wrap; at least 3 ems.
 */
function contentWidths(table: PrintedTable, textWidth: number): number[] {
  const need = new Array<number>(table.width).fill(3);
  for (const cell of table.rows.flat()) {
    if (cell.colSpan !== 1) continue;
    const ascii = /^[\x20-\x7e]*$/.test(cell.text);
    const cap = cell.header ? 3 : ascii ? 7 : 8;
    need[cell.col] = Math.max(need[cell.col]!, Math.min(ems(cell.text), cap) + 1.3);
  }
  const total = need.reduce((a, b) => a + b, 0);
  return need.map((n) => Math.floor((textWidth * n) / total));
}

function renderTable(table: PrintedTable, options: DocxOptions): Table {
  const textWidth = options.landscape ? LANDSCAPE_TEXT_WIDTH_TWIPS : TEXT_WIDTH_TWIPS;
  const widths = table.columnWeights
    ? table.columnWeights.map((w) => Math.floor((textWidth * w) / table.columnWeights!.reduce((a, b) => a + b, 0)))
    : options.columnWidths === 'content'
    ? contentWidths(table, textWidth) : new Array<number>(table.width).fill(Math.floor(textWidth / table.width));
  const spanWidth = (cell: PrintedCell) => widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
  const rows = table.rows.map((cells, r) => new TableRow({
    tableHeader: r < (table.repeatHeaderRows ?? 0) ? true : undefined,
    children: cells.map((cell) => new TableCell({
      children: cellParagraphs(cell),
      columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
      rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
      verticalAlign: VerticalAlign.CENTER,
      width: { size: spanWidth(cell), type: WidthType.DXA },
    })),
  }));
  return new Table({
    rows,
    borders: table.unruled ? TableBorders.NONE : undefined,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  });
}

const heading = (text: string, i: number, pageBreakBefore: boolean, leftCaptions: boolean): Paragraph => new Paragraph({
  alignment: i === 0 || !leftCaptions ? AlignmentType.CENTER : AlignmentType.LEFT,
  pageBreakBefore: pageBreakBefore || undefined,
  children: [new TextRun({ text, bold: i === 0, size: i === 0 ? 32 : leftCaptions ? 21 : 22, font: FONT })],
});

/** 9 pt text: notes under a table, the page header and footer lines. */
const small = (text: string): TextRun => new TextRun({ text, size: 18, font: FONT });
const pageField = (field: typeof PageNumber.CURRENT | typeof PageNumber.TOTAL_PAGES): TextRun => new TextRun({ children: [field], size: 18, font: FONT });

/** The page header and footer lines the options ask for, on every page of the section. */
function pageLines(options: DocxOptions): { headers?: { default: Header }; footers?: { default: Footer } } {
  const header = options.pageHeader === undefined ? undefined
    : new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [small(options.pageHeader)] })] });
  const footer = !options.pageNumbers ? undefined : new Footer({ children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [small('第 '), pageField(PageNumber.CURRENT), small(' 页 共 '), pageField(PageNumber.TOTAL_PAGES), small(' 页')],
  })] });
  return { ...(header ? { headers: { default: header } } : {}), ...(footer ? { footers: { default: footer } } : {}) };
}

/** Title paragraphs above each table, an empty paragraph between tables (Word needs one). */
export async function renderDocx(tables: PrintedTable[], options: DocxOptions = {}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const table of tables) {
    table.paragraphs.forEach((text, i) => children.push(heading(text, i, i === 0 && !!table.pageBreakBefore, !!options.leftCaptions)));
    if (table.rows.length > 0) children.push(renderTable(table, options));
    for (const text of table.after ?? []) {
      children.push(new Paragraph({ children: [small(text)] }));
    }
    if (!table.joinNext) children.push(new Paragraph({ children: [] }));
  }
  const properties = options.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {};
  const doc = new Document({ creator: 'evaltab sample generator', sections: [{ properties, ...pageLines(options), children }] });
  return Packer.toBuffer(doc);
}
