/**
 * LibreOffice as a converter for formats read through another one: legacy Word/WPS files to
 * DOCX (src/ingest/docx/legacy-convert.ts), legacy and OpenDocument spreadsheets to XLSX
 * (src/ingest/xlsx/legacy-spreadsheet.ts). One headless `soffice --convert-to` run per file in
 * a private temp dir, with a private profile (two soffice runs sharing the default profile fail
 * silently) and a hard timeout that kills the whole process group (soffice forks soffice.bin).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `soffice` on PATH (or `libreoffice`), or null. */
export async function findSoffice(pathEnv = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of pathEnv.split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch { /* not here */ }
    }
  }
  return null;
}

/** `detail`: what soffice said on stderr (its error lines), for a message that names the cause */
export type Conversion = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; detail: string };

export interface ConversionTarget {
  /** extension the input is written with; LibreOffice's type detection starts from it (".doc", ".xls") */
  inputExtension: string;
  /** `--convert-to` argument: extension and export filter, e.g. "xlsx:Calc MS Excel 2007 XML" */
  convertTo: string;
  /** what the user is told was expected when nothing came out ("DOCX", "XLSX") */
  produces: string;
  /** a hint appended when nothing came out: what else the file may be */
  hint?: string;
}

export async function convertWithSoffice(bytes: Uint8Array, target: ConversionTarget, soffice: string, timeoutMs: number): Promise<Conversion> {
  const work = await mkdtemp(join(tmpdir(), 'evaltab-soffice-'));
  try {
    const input = join(work, `input${target.inputExtension}`);
    await writeFile(input, bytes);
    const args = [
      '--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--convert-to', target.convertTo, '--outdir', join(work, 'out'), input,
    ];
    const run = await runWithTimeout(soffice, args, timeoutMs);
    if (run.timedOut) return { ok: false, reason: `LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s`, detail: '' };
    const extension = target.convertTo.split(':')[0]!;
    try {
      return { ok: true, bytes: await readFile(join(work, 'out', `input.${extension}`)) };
    } catch {
      const detail = stderrSummary(run.stderr);
      return { ok: false, reason: `LibreOffice produced no ${target.produces} (exit ${run.code}${detail ? `: ${detail}` : ''})${target.hint ? `; ${target.hint}` : ''}`, detail };
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * soffice's error lines ("Error: source file could not be loaded"), without the start-up
 * noise it prints on every run ("Warning: failed to launch javaldx …" when no Java is installed).
 */
function stderrSummary(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const errors = lines.filter((l) => /error/i.test(l));
  return (errors.length > 0 ? errors : lines.filter((l) => !/javaldx/.test(l))).join('; ').slice(0, 200);
}

interface RunResult { code: number | null; timedOut: boolean; stderr: string }

function runWithTimeout(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr?.on('data', (chunk: Buffer) => { if (stderr.length < 4096) stderr += chunk.toString('utf8'); });
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { child.kill('SIGKILL'); }
    }, timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); resolve({ code: null, timedOut, stderr: error.message }); });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, timedOut, stderr }); });
  });
}
