/**
 * What part of which page to show beside a record: the whole row its fields came from,
 * across the table's width, and the column header above it — one strip when the header is
 * close above the row, two when the row is further down or on a later page. Boxes are the
 * contract's CellRef frame (top-left origin, page units), so the client only scales.
 */
import type { CellRef } from '../contract/schema.js';

export interface Strip {
  role: 'row' | 'header' | 'header+row';
  page: number;
  /** [x0, y0, x1, y1], top-left origin, in unit, padded and clipped to the page */
  box: [number, number, number, number];
  pageSize: [number, number];
  unit: 'pt' | 'px';
}

type Boxed = CellRef & { page: number; box: [number, number, number, number]; pageSize: [number, number]; unit: 'pt' | 'px' };

const boxed = (c: CellRef): c is Boxed => c.page !== null && c.box !== null && c.pageSize !== null && c.unit !== null;

function union(cells: Boxed[]): [number, number, number, number] {
  return [
    Math.min(...cells.map((c) => c.box[0])), Math.min(...cells.map((c) => c.box[1])),
    Math.max(...cells.map((c) => c.box[2])), Math.max(...cells.map((c) => c.box[3])),
  ];
}

/** Padding around a strip: 4 pt, or as much of an image's width. */
const padOf = (c: Boxed) => (c.unit === 'pt' ? 4 : Math.round(c.pageSize[0] * 0.007));

function strip(role: Strip['role'], like: Boxed, box: [number, number, number, number]): Strip {
  const pad = padOf(like);
  const [w, h] = like.pageSize;
  return {
    role, page: like.page, pageSize: like.pageSize, unit: like.unit,
    box: [Math.max(0, box[0] - pad), Math.max(0, box[1] - pad), Math.min(w, box[2] + pad), Math.min(h, box[3] + pad)],
  };
}

/** A header this far above the row (in row heights) is shown with it in one strip. */
const JOIN_ROWS = 4;

export function stripsOf(rowCells: CellRef[], headerCells: CellRef[]): Strip[] {
  const cells = rowCells.filter(boxed);
  if (cells.length === 0) return [];
  const header = headerCells.filter(boxed);
  const headerPage = header[0]?.page;
  const headerBox = header.length > 0 ? union(header.filter((c) => c.page === headerPage)) : null;
  const pages = [...new Set(cells.map((c) => c.page))];
  const out: Strip[] = [];
  pages.forEach((page, k) => {
    const onPage = cells.filter((c) => c.page === page);
    const row = union(onPage);
    // the row across the whole table: as wide as the header when there is one
    const wide: [number, number, number, number] = headerBox
      ? [Math.min(row[0], headerBox[0]), row[1], Math.max(row[2], headerBox[2]), row[3]]
      : row;
    const like = onPage[0]!;
    const height = Math.max(1, row[3] - row[1]);
    const near = headerBox !== null && headerPage === page && headerBox[1] <= row[1] && row[1] - headerBox[3] <= JOIN_ROWS * height;
    if (k === 0 && headerBox && !near) out.push(strip('header', header.find((c) => c.page === headerPage)!, headerBox));
    out.push(near ? strip('header+row', like, [wide[0], headerBox![1], wide[2], wide[3]]) : strip('row', like, wide));
  });
  return out;
}
