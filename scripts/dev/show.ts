/** Developer view of what evaltab reads from one file: tables, indicators, flags (not for tests). */
import { processFile } from '../../src/pipeline.js';

const doc = await processFile(process.argv[2]!);
for (const d of doc.diagnostics) console.log('D', d.level, d.code, d.message.slice(0, 160));
for (const t of doc.tables) {
  console.log(`\n${t.id} ${t.kind} «${t.title}» ${t.year} conf=${t.confidence} ${t.flags.join(',')}`);
  if (t.project) console.log('  project', JSON.stringify(t.project));
  if (t.funds) for (const r of t.funds.rows) console.log('  funds', JSON.stringify(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null))));
  if (t.total) console.log('  total', JSON.stringify(t.total));
  for (const i of t.indicators) {
    console.log(`  ${i.level1}(${i.level1Weight}) / ${i.level2} [${i.category}] / ${i.level3} | ${i.initialTarget?.raw ?? ''} | ${i.target?.raw ?? ''} | ${i.actual?.raw ?? ''} | w=${i.weight} s=${i.score} c=${i.confidence} ${i.flags.join(',')}`);
  }
  if (t.rows) for (const r of t.rows.slice(0, Number(process.env.ROWS ?? 3))) console.log('  row', JSON.stringify(r));
  for (const c of t.checks.filter((c) => !c.ok)) console.log('  check!', c.id, c.message);
}
