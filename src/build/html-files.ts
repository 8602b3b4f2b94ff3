import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every built page under `dir` (its .html files, at any depth): what the after-build steps rewrite. */
export function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}
