/** Developer check: score any file against a golden. npx tsx scripts/dev/score-file.ts <file> <golden file name> [--verbose] */
import { accuracy, compareDocument } from '../../src/evaluate/compare.js';
import { loadGolden } from '../../src/evaluate/run.js';
import { closeSharedPools } from '../../src/ocr/pool.js';
import { processFile } from '../../src/pipeline.js';

const [file, golden] = process.argv.slice(2);
const doc = await processFile(file!);
const score = compareDocument(loadGolden('golden', golden!), doc);
console.log(`${file}: tables ${score.tablesFound}/${score.tablesExpected}, indicators ${score.indicatorsFound}/${score.indicatorsExpected}, accuracy ${(100 * accuracy(score)).toFixed(2)}%`);
if (process.argv.includes('--verbose')) for (const m of score.mismatches.slice(0, 40)) console.log(`  ✗ ${m}`);
await closeSharedPools();
