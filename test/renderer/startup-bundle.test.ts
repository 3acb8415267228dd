// The first screen's JavaScript (the entry chunk and what it imports statically) carries no zod:
// schemas load with the screens that validate, not on app start (bench: app open → register).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(__dirname, '../../build/renderer');

/** The entry named by index.html plus its static `from "./x.js"` imports, transitively. */
function startupChunks(): string[] {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.\/([^"]+\.js)"/.exec(html)![1]!;
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = fs.readFileSync(path.join(dir, rel), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(rel), m[1]!));
  };
  visit(entry);
  return [...seen];
}

describe('renderer start-up bundle', () => {
  it.runIf(fs.existsSync(path.join(dir, 'index.html')))('loads no zod before the register is on screen', () => {
    const chunks = startupChunks();
    expect(chunks.length).toBeGreaterThan(0);
    for (const c of chunks) expect(fs.readFileSync(path.join(dir, c), 'utf8'), c).not.toMatch(/ZodError|\$ZodType/);
  });
});
