#!/usr/bin/env node
// Runs a command with a Node.js new enough for Astro 7 (>= 22.12).
//
// If the Node running this script is new enough, the command runs with it, untouched. Otherwise
// (this project's machines ship Node 20) it installs the official Node 22 build that the npm
// registry carries as `node-<platform>-<arch>` into node_modules/.cache/node22 once, and puts it
// first on PATH, so every `node`, `astro`, `vitest` or `playwright` the command starts uses it.
// Usage: node src/tools/node22.mjs "<shell command>"
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '22.23.3';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** @param {string} v */
const newEnough = (v) => {
  const [major, minor] = v.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
};

function nodeBinDir() {
  if (newEnough(process.versions.node)) return null;
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = join(root, 'node_modules/.cache/node22');
  const bin = join(prefix, 'node_modules', pkg, 'bin');
  if (!existsSync(join(bin, 'node'))) {
    console.error(`[node22] Node ${process.versions.node} is older than 22.12; installing ${pkg}@${NODE_VERSION} from the npm registry…`);
    const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${pkg}@${NODE_VERSION}`], { stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(join(bin, 'node'))) {
      console.error(`[node22] Could not install ${pkg}@${NODE_VERSION}. Install Node.js 22.12 or newer and run the command again.`);
      process.exit(1);
    }
  }
  return bin;
}

const command = process.argv.slice(2).join(' ');
if (!command) {
  console.error('usage: node src/tools/node22.mjs "<command>"');
  process.exit(2);
}
const bin = nodeBinDir();
const env = { ...process.env };
if (bin) env.PATH = `${bin}:${join(root, 'node_modules/.bin')}:${env.PATH ?? ''}`;
const r = spawnSync(command, { stdio: 'inherit', shell: true, env, cwd: process.cwd() });
process.exit(r.status ?? 1);
