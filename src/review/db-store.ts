/**
 * `evaltab review --db data.sqlite`: the documents of a dataset under review. Each document's
 * Document comes from db-document.ts (its JSON when `db add` recorded one, else its rows); the
 * decisions are kept in the dataset's `corrections` table, keyed as the review files are
 * (source sha256, table, record path and identity), so they outlive a re-load. On every save —
 * and on open, for documents re-loaded since — they are applied to the document's indicator
 * rows exactly as `db add` applies a review file: applyCorrections, then the rows' own mapping
 * (rows.ts indicatorRow), so a corrected field holds the reviewer's value, review_status says
 * accepted or corrected, and review_original keeps what was extracted; export and search read
 * those columns; the tables' checks are re-audited and re-written with their flags, as db add
 * writes those of a corrected Document.
 */
import { basename, dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Check, Document } from '../contract/schema.js';
import { openDataset } from '../dataset/database.js';
import { checkRow, identityOf, indicatorRow } from '../dataset/rows.js';
import { applyCorrections } from './apply.js';
import { documentOfRow, type DocumentRow } from './db-document.js';
import { correctionsOf } from '../dataset/corrections.js';
import { emptyReview, loadReview, type ReviewFile } from './review-file.js';
import { locate, type Entry, type ReviewSource } from './store.js';

export class DbReviewStore implements ReviewSource {
  private constructor(readonly path: string, private readonly db: Database, readonly entries: Entry[]) {}

  static async open(path: string): Promise<DbReviewStore> {
    const db = await openDataset(path, { mustExist: true });
    const rows = db.prepare('SELECT id, sha256, path, format, pages, ocr, status, loaded_from FROM documents ORDER BY path, id').all() as DocumentRow[];
    const entries: Entry[] = [];
    const ids = new Map<string, number>();
    for (const row of rows) {
      const { document } = await documentOfRow(db, row);
      const name = basename(row.path);
      const n = (ids.get(name) ?? 0) + 1;
      ids.set(name, n);
      entries.push({
        id: n === 1 ? name : `${name}.${n}`, jsonPath: row.loaded_from ?? '', document,
        review: correctionsOf(db, document.source.sha256, document.source.path) ?? await seedOf(row, document), stale: false, sourcePath: locate(row.path, dirname(path)),
      });
    }
    const store = new DbReviewStore(path, db, entries);
    for (const entry of entries) if (entry.review.records.length > 0) store.apply(entry);
    return store;
  }

  get(id: string): Entry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  async save(entry: Entry): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM corrections WHERE sha256 = ?').run(entry.document.source.sha256);
      const insert = this.db.prepare('INSERT INTO corrections (sha256, table_key, record, identity, status, field, original, value, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      for (const r of entry.review.records) {
        const fields = Object.entries(r.fields);
        const base = [entry.document.source.sha256, r.table, r.record, r.identity, r.status] as const;
        if (fields.length === 0) insert.run(...base, null, null, null, r.at);
        for (const [field, c] of fields) insert.run(...base, field, c.original, c.value, r.at);
      }
      this.apply(entry);
    })();
  }

  close(): void {
    this.db.close();
  }

  /** The decisions on the document's indicator rows, as `db add` puts a review file's there. */
  private apply(entry: Entry): void {
    const applied = applyCorrections(entry.document, entry.review);
    const doc = this.db.prepare('SELECT id FROM documents WHERE identity = ?').get(identityOf(entry.document.source)) as { id: number } | undefined;
    if (!doc) return;
    for (const table of applied.tables) {
      const t = this.db.prepare('SELECT id FROM tables WHERE document_id = ? AND table_key = ?').get(doc.id, table.id) as { id: number } | undefined;
      if (!t) continue;
      table.indicators.forEach((indicator, seq) => {
        const { table_id: _t, document_id: _d, seq: _s, ...columns } = indicatorRow(indicator, t.id, doc.id, seq, table.review?.[`indicators.${seq}`]);
        const names = Object.keys(columns);
        this.db.prepare(`UPDATE indicators SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE table_id = ? AND seq = ?`)
          .run(...names.map((n) => columns[n]), t.id, seq);
      });
      this.replaceChecks(t.id, table.checks);
    }
  }

  /** The table's checks as applyCorrections re-audited them, and the flags of those that fail, as the loader writes them. */
  private replaceChecks(tableId: number, checks: Check[]): void {
    const ids = new Map((this.db.prepare('SELECT seq, id FROM indicators WHERE table_id = ?').all(tableId) as { seq: number; id: number }[]).map((r) => [r.seq, r.id]));
    this.db.prepare('DELETE FROM checks WHERE table_id = ?').run(tableId);
    this.db.prepare("DELETE FROM table_flags WHERE table_id = ? AND source = 'check'").run(tableId);
    this.db.prepare("DELETE FROM indicator_flags WHERE source = 'check' AND indicator_id IN (SELECT id FROM indicators WHERE table_id = ?)").run(tableId);
    const row = checkRow(checks[0] ?? { id: '', ok: true, message: '', indicator: null }, tableId, 0, null);
    const insert = this.db.prepare(`INSERT INTO checks (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})`);
    checks.forEach((check, seq) => {
      const indicatorId = check.indicator === null ? null : ids.get(check.indicator) ?? null;
      insert.run(...Object.values(checkRow(check, tableId, seq, indicatorId)));
      if (check.ok) return;
      this.db.prepare("INSERT OR IGNORE INTO table_flags (table_id, flag, source) VALUES (?, ?, 'check')").run(tableId, check.id);
      if (indicatorId !== null) this.db.prepare("INSERT OR IGNORE INTO indicator_flags (indicator_id, flag, source) VALUES (?, ?, 'check')").run(indicatorId, check.id);
    });
  }
}

/**
 * Before any decision in the dataset: the review file beside the JSON `db add` loaded (the
 * decisions db add applied), so saving a new one keeps them.
 */
async function seedOf(row: DocumentRow, document: Document): Promise<ReviewFile> {
  if (row.loaded_from === null) return emptyReview(document.source.sha256, document.source.path);
  return (await loadReview(row.loaded_from, document.source.sha256, document.source.path).catch(() => null))?.review ?? emptyReview(document.source.sha256, document.source.path);
}
