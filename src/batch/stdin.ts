/** `-` as an input: one document read whole from standard input (named "stdin" in outputs and logs). */
import type { Readable } from 'node:stream';

export async function readAll(stream: Readable = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return new Uint8Array(Buffer.concat(chunks));
}
