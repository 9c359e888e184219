/** A usage or setup error: main prints its message and exits with its code (2 unless said otherwise). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = 2) {
    super(message);
  }
}
