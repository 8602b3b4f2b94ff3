#!/usr/bin/env node
// Makes sure a Chromium is there before the browser tests. As root on Debian it installs Debian's
// Chromium and the Noto CJK fonts (the Chinese pages need them); elsewhere it says how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, HOW_TO_GET_ONE } from './browser.mjs';

let path = await findChromium();
if (!path && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('[browser] No Chromium found; installing Debian\'s chromium and fonts-noto-cjk (running as root)…');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  path = await findChromium();
}
if (!path) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}
console.log(`[browser] Using ${path}`);
