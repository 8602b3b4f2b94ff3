// The routes the budgets speak of, and which of them the build produced. Routes that are not built
// yet are kept in the list as "missing", so the report names them and picks them up once they land.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chartIds } from './util.mjs';

const LANGS = ['zh', 'en'];

/**
 * @returns {{ path: string, kind: 'story' | 'embed' | 'script', label: string, exists: boolean }[]}
 */
export function routes(root, dist) {
  const page = (path) => existsSync(join(dist, path, 'index.html'));
  const list = [];
  for (const path of ['/zh/', '/en/', '/bilingual/']) list.push({ path, kind: 'story', label: path, exists: page(path) });

  const charts = new Set(chartIds(root));
  for (const lang of LANGS) {
    const dir = join(dist, lang, 'embed');
    if (existsSync(dir)) for (const d of readdirSync(dir, { withFileTypes: true })) if (d.isDirectory()) charts.add(d.name);
  }
  for (const lang of LANGS)
    for (const chart of [...charts].sort()) {
      const path = `/${lang}/embed/${chart}/`;
      list.push({ path, kind: 'embed', label: path, exists: page(path) });
    }

  list.push({ path: '/embed.js', kind: 'script', label: '/embed.js', exists: existsSync(join(dist, 'embed.js')) });
  return list;
}
