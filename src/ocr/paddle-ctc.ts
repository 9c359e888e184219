/**
 * CTC greedy decoding of the PP-OCRv4 recogniser's output, as PaddleOCR's CTCLabelDecode:
 * class 0 is the CTC blank, 1..n are the lines of ppocr_keys_v1.txt, n+1 is ' '
 * (use_space_char). Forgetting the appended space shifts nothing but drops spaces;
 * forgetting the blank shifts every character by one (stack-notes.md, ppu-paddle-ocr).
 */
import { readFileSync } from 'node:fs';

/** Index → character for the model's classes: ['' (blank), ...keys, ' ']. */
export function loadCharset(dictionaryPath: string): string[] {
  const keys = readFileSync(dictionaryPath, 'utf8').split(/\r?\n/);
  if (keys.at(-1) === '') keys.pop();
  return ['', ...keys, ' '];
}

/** One decoded line: characters with the probability each was emitted with. */
export interface Decoded {
  chars: string[];
  probs: number[];
}

/**
 * Greedy decode of one sequence: per time step the most probable class, repeats
 * collapsed, blanks dropped. `probs` is the softmax output [steps × classes] (row-major)
 * starting at `offset`. Spaces at either end are dropped (a line read has no edges of
 * blank space worth keeping).
 */
export function ctcGreedy(probs: Float32Array, offset: number, steps: number, charset: string[]): Decoded {
  const classes = charset.length;
  const chars: string[] = [], ps: number[] = [];
  let prev = -1;
  for (let t = 0; t < steps; t++) {
    const o = offset + t * classes;
    let best = 0, bestP = probs[o]!;
    for (let c = 1; c < classes; c++) {
      const p = probs[o + c]!;
      if (p > bestP) { bestP = p; best = c; }
    }
    if (best !== 0 && best !== prev) { chars.push(charset[best]!); ps.push(bestP); }
    prev = best;
  }
  while (chars.length && chars[0] === ' ') { chars.shift(); ps.shift(); }
  while (chars.length && chars.at(-1) === ' ') { chars.pop(); ps.pop(); }
  return { chars, probs: ps };
}
