#!/usr/bin/env node
// Validates every built HTML page with the Nu HTML Checker (vnu-jar, Java). Errors fail, except the
// few listed below that come from the checker's dated CSS grammar or its dated HTML rules.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jar = require('vnu-jar');
const dir = process.argv[2] ?? 'dist';
const r = spawnSync('java', ['-Xss1024k', '-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (r.error) {
  console.error(`vnu: could not run java (${r.error.message}). Install a Java runtime (Debian: apt-get install -y default-jre-headless).`);
  process.exit(1);
}
const out = JSON.parse(r.stderr || '{"messages":[]}');

// The checker's CSS grammar predates features that every current engine supports, and pages
// inline their CSS (no render-blocking request), so it checks it. Exactly these messages are
// set aside, each for a feature in a W3C specification; any other CSS or HTML error fails.
const CSS_GRAMMAR_GAPS = [
  { feature: 'container queries (CSS Conditional 5)', message: /^CSS: (Unrecognized at-rule “@container”|“container-type”: Property “container-type” doesn't exist)/ },
  { feature: 'scroll-driven animations (Scroll-driven Animations 1)', message: /^CSS: (“animation-timeline”: Property “animation-timeline” doesn't exist|“animation”: “scroll\(root\)” is not a “animation” value)/ },
  { feature: 'paint-order (SVG 2, Fill and Stroke 3)', message: /^CSS: “paint-order”: Property “paint-order” doesn't exist/ },
  { feature: 'math functions around var() in a custom property (Values 4)', message: /^CSS: “--[\w-]+”: The types are incompatible/ },
  { feature: 'registered custom properties (CSS Properties and Values API 1)', message: /^CSS: Unrecognized at-rule “@property”/ },
];
// The same for HTML: the WHATWG standard allows `blocking` on a link whose type is `expect` as well as
// `stylesheet` (link type "expect", 2024); the checker still asks for a stylesheet. Set aside only
// for a link of type expect (the story pages' first screen, src/components/first-screen.ts).
const HTML_RULE_GAPS = [
  { feature: 'render-blocking on an expected element (HTML, link type "expect")', message: /^A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”/, extract: /<link rel="expect" href="#[\w-]+" blocking="render">/ },
];
const setAside = new Map();
const errors = out.messages.filter((m) => {
  if (m.type !== 'error') return false;
  const gap = CSS_GRAMMAR_GAPS.find((g) => g.message.test(m.message)) ?? HTML_RULE_GAPS.find((g) => g.message.test(m.message) && g.extract.test(m.extract ?? ''));
  if (gap) setAside.set(gap.feature, (setAside.get(gap.feature) ?? 0) + 1);
  return !gap;
});
for (const m of errors) console.error(`${m.url.replace(/^file:.*?\/dist\//, 'dist/')}:${m.lastLine ?? '?'}: ${m.message}\n  ${(m.extract ?? '').replace(/\n/g, ' ').slice(0, 160)}`);
const gaps = [...setAside].map(([feature, n]) => `${feature} ×${n}`).join(', ');
console.log(`vnu: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${dir}${gaps ? ` (set aside, newer CSS or HTML than the checker's rules: ${gaps})` : ''}`);
process.exit(errors.length ? 1 : 0);
