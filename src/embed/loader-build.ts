// Builds /embed.js from its source, src/embed/loader.ts, and what that imports (the snippets' height
// estimate, the layout widths, the language list), so the loader and the snippets share one
// estimate instead of a hand-kept copy. esbuild makes it one small classic script: an IIFE, no
// imports, minified, led by the licence comment that opens loader.ts. Vite serves the result as
// `virtual:embed-loader.js` (a string) to src/pages/embed.js.ts, in the build and in dev.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const MODULE = 'virtual:embed-loader.js';

/** The loader as a script, and the files it was built from. */
export async function bundleLoader(root: string): Promise<{ code: string; inputs: string[] }> {
  const entry = join(root, 'src/embed/loader.ts');
  const licence = /^\/\*![\s\S]*?\*\//.exec(readFileSync(entry, 'utf8'))?.[0];
  if (!licence) throw new Error('src/embed/loader.ts must open with its licence comment (/*! … */): /embed.js carries it');
  const out = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'iife',
    // Host pages may be in any encoding: keep the script ASCII (non-ASCII strings as \u escapes).
    charset: 'ascii',
    target: 'es2017',
    minify: true,
    legalComments: 'none',
    banner: { js: licence },
    metafile: true,
    logLevel: 'silent',
  });
  return { code: out.outputFiles[0]!.text, inputs: Object.keys(out.metafile.inputs).map((f) => resolve(root, f)) };
}

/** The Vite plugin serving `virtual:embed-loader.js` (astro.config.mjs). */
export function embedLoader(): Plugin {
  let root = process.cwd();
  return {
    name: 'story-embed-loader',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === MODULE ? `\0${MODULE}` : undefined),
    async load(id) {
      if (id !== `\0${MODULE}`) return undefined;
      const { code, inputs } = await bundleLoader(root);
      for (const f of inputs) this.addWatchFile(f);
      return `export default ${JSON.stringify(code)};`;
    },
  };
}
