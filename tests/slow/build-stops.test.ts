// The content check is wired into Astro itself: `astro build` on a copy of the project with a
// broken chapter stops before writing anything, and says which file, which id, and what to do.
// A whole build: it runs in the slow stage (tests/vitest.slow.config.ts), not among the unit tests.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'story-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('astro build stops on an unknown chart state, naming the file, the state and the choices', () => {
  for (const p of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const file = join(dir, 'content/chapters/en/02-rise.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('<Step state="race">', '<Step state="racing">'));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const out = `${r.stdout}\n${r.stderr}`;
  expect(r.status).not.toBe(0);
  expect(out).toMatch(/content\/chapters\/en\/02-rise\.mdx:\d+: the "gmv-timeline" chart has no state "racing"/);
  expect(out).toContain('use one of: launch, first-year, prospectus, race');
  expect(existsSync(join(dir, 'dist'))).toBe(false);
});
