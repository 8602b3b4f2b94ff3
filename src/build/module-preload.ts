// After the build: after each module script of a page, a <link rel="modulepreload"> for every module
// it imports statically, directly or not. The browser then asks for the whole chain at once instead
// of one level per round trip: a story page's script imports the reading code, which imports two
// small shared modules, three round trips in a row (450 ms on Lighthouse's slow 4G, whose LCP
// counted them in about half the runs: 1.42–1.48 s against 1.13–1.21 with the links). Vite writes
// these links for the HTML pages it builds itself; Astro writes its script tags and does not
// (withastro/astro#8804, closed unmerged). Imports are read with es-module-lexer, Vite's own.
// Dynamic imports (a chart's code, loaded as its graphic comes near) are left to load when asked.
import type { AstroIntegration } from 'astro';
import { initSync, parse } from 'es-module-lexer';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.ts';

const MODULE_SCRIPT = /<script type="module" src="(\/[^"]+)"><\/script>/g;

/**
 * The modules `entry` imports statically, at any depth, in the order first met; each a path from
 * the site's root, like `entry` itself. `read` gives a module's source from its path.
 */
export function staticImports(entry: string, read: (path: string) => string): string[] {
  initSync();
  const found = new Set<string>();
  const visit = (path: string) => {
    const [imports] = parse(read(path), path);
    for (const i of imports) {
      // d === -1: a static `import` or `export … from`; dynamic imports and import.meta are not.
      if (i.d !== -1 || !i.n) continue;
      const dep = new URL(i.n, `https://site${path}`).pathname;
      if (dep === entry || found.has(dep)) continue;
      found.add(dep);
      visit(dep);
    }
  };
  visit(entry);
  return [...found];
}

/** The page with its module scripts' static imports preloaded, each link right after its script. */
export function withModulePreloads(html: string, read: (path: string) => string): string {
  const listed = new Set<string>();
  return html.replace(MODULE_SCRIPT, (tag, src: string) => {
    listed.add(src);
    const links = staticImports(src, read)
      .filter((dep) => !listed.has(dep))
      .map((dep) => {
        listed.add(dep);
        return `<link rel="modulepreload" href="${dep}">`;
      });
    return tag + links.join('');
  });
}

export default function modulePreload(): AstroIntegration {
  return {
    name: 'story-module-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const read = (path: string) => {
          try {
            return readFileSync(join(out, path), 'utf8');
          } catch {
            throw new Error(`module-preload: ${path} is imported by a page's script but is not in the build (${out})`);
          }
        };
        let pages = 0;
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const next = withModulePreloads(html, read);
          if (next !== html) {
            writeFileSync(file, next);
            pages++;
          }
        }
        logger.info(`module preloads written in ${pages} pages`);
      },
    },
  };
}
