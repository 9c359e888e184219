/**
 * Optional packages are loaded only by the commands that need them: better-sqlite3 (native
 * code) for the dataset, hyparquet-writer for .parquet, chart.js for the HTML report. A
 * library user who only extracts never installs or compiles them. When one is missing, the
 * error says what to install instead of a module-resolution stack trace.
 */

export class MissingPackageError extends Error {
  constructor(readonly packageName: string, purpose: string, cause?: unknown) {
    super(`${purpose} needs the optional package ${packageName}, which is not installed or could not be loaded: npm install ${packageName}`, { cause });
  }
}

/** Runs `load` (a literal `import('pkg')`, so bundlers and types still see it); a missing module becomes a MissingPackageError. */
export async function importOptional<T>(packageName: string, purpose: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissing(error, packageName)) throw new MissingPackageError(packageName, purpose, error);
    throw error;
  }
}

export function isMissing(error: unknown, packageName: string): boolean {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return String(message).includes(packageName);
  // better-sqlite3 installed without its compiled addon (install scripts skipped, another Node ABI)
  return /bindings file|\.node\b|NODE_MODULE_VERSION|ERR_DLOPEN_FAILED/.test(String(message)) && String(message).includes(packageName.replace(/-/g, '_'));
}
