/**
 * OLE compound files (.doc, .wps, and password-protected OOXML, which Office stores as an
 * OLE file with an "EncryptedPackage" stream, MS-OFFCRYPTO §2.3.4): the legacy formats are
 * converted to DOCX by LibreOffice when it is installed; the encrypted ones are reported.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** OLE directory entries store stream names in UTF-16LE; an encrypted OOXML has this one. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
}

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

export type Conversion = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const LEGACY_EXTENSIONS = new Set(['.doc', '.dot', '.wps', '.wpt']);

/**
 * `soffice --headless --convert-to docx` in a private temp dir, with a private profile
 * (two soffice runs sharing the default profile fail silently) and a hard timeout that kills
 * the whole process group (soffice forks soffice.bin).
 */
export async function convertToDocx(bytes: Uint8Array, fileName: string, soffice: string, timeoutMs: number): Promise<Conversion> {
  const work = await mkdtemp(join(tmpdir(), 'evaltab-doc-'));
  try {
    const ext = extname(fileName).toLowerCase();
    const input = join(work, `input${LEGACY_EXTENSIONS.has(ext) ? ext : '.doc'}`);
    await writeFile(input, bytes);
    const args = [
      '--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(work, 'out'), input,
    ];
    const run = await runWithTimeout(soffice, args, timeoutMs);
    if (run.timedOut) return { ok: false, reason: `LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s` };
    try {
      return { ok: true, bytes: await readFile(join(work, 'out', 'input.docx')) };
    } catch {
      return { ok: false, reason: `LibreOffice produced no DOCX (exit ${run.code}${run.stderr ? `: ${run.stderr.trim().slice(0, 200)}` : ''}); is it a spreadsheet or a damaged file?` };
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
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
