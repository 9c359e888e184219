/**
 * The connection to Redis, for the queue commands. bullmq and ioredis are optional packages
 * (a library user who only extracts never installs them), loaded here on demand; a missing
 * one says what to install. An unreachable Redis is a clear error within a few seconds, not
 * the client's endless reconnecting; once connected, the client reconnects on its own.
 */
import { importOptional } from '../emit/optional.js';

export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE = 'evaltab';
const CONNECT_MS = 5_000;

export class QueueError extends Error {}

export type Bullmq = typeof import('bullmq');
export type Redis = import('ioredis').Redis;

export const loadBullmq = (): Promise<Bullmq> => importOptional('bullmq', 'the queue (evaltab queue, evaltab worker)', () => import('bullmq'));

/** A connected client for URL (redis://[user:pass@]host:port[/db]), as BullMQ wants it (no per-request retry limit). */
export async function connectRedis(url: string): Promise<Redis> {
  const { Redis } = await importOptional('ioredis', 'the queue (evaltab queue, evaltab worker)', () => import('ioredis'));
  let client: Redis;
  try {
    client = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, connectTimeout: CONNECT_MS });
  } catch (error) {
    throw new QueueError(`--redis ${url} is not a Redis URL (redis://host:port): ${(error as Error).message}`);
  }
  client.on('error', () => {}); // reconnects are the client's business; a lost server shows as stalled commands, reported by their callers
  try {
    await withTimeout(client.connect(), CONNECT_MS);
  } catch (error) {
    client.disconnect();
    throw new QueueError(`cannot reach Redis at ${url}: ${(error as Error).message}. Start one (redis-server --port 6379) or give --redis URL`);
  }
  return client;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
