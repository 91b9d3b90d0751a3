/**
 * The build's log as a person reads it: a child's output decoded as one UTF-8 stream per
 * pipe (a Korean character split across two chunks stays whole; decoding each chunk
 * alone printed U+FFFD), cut into lines, and Astro's one line per generated file counted
 * instead of printed (at 1,600 records that was thousands of lines before the one that
 * mattered).
 */

/** Lines from a byte stream, each given to `onLine` whole, without its line break. */
export function lineDecoder(onLine: (line: string) => void): { write(chunk: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  const emit = (text: string, final: boolean) => {
    pending += text;
    const lines = pending.split('\n');
    pending = final ? '' : (lines.pop() ?? '');
    for (const line of final && lines.at(-1) === '' ? lines.slice(0, -1) : lines) onLine(line);
  };
  return {
    write: (chunk) => emit(decoder.decode(chunk, { stream: true }), false),
    end: () => emit(decoder.decode(), true),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colours are what it removes
const colours = /\u001b\[[0-9;]*m/g;

/**
 * Astro writes `  ├─ /policies/x/index.html` and then ` (+3ms)` for each file it generates;
 * with pages rendered side by side, a time can land on a line of its own. Returns how many
 * files such a line names (0 for a lone time), or undefined for any other line.
 */
export function generatedFiles(line: string): number | undefined {
  const plain = line.replace(colours, '');
  if (/^(\d\d:\d\d:\d\d\s+)?\s*[├└]─ \S/.test(plain)) return plain.match(/[├└]─ /g)?.length ?? 0;
  if (/^\s*\(\+[\d.]+m?s\)\s*(\(file not created[^)]*\))?\s*$/.test(plain)) return 0;
  return undefined;
}
