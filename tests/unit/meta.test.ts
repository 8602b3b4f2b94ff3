// content/story.json: the story's dates, validated with the file, the field and the fix.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStoryMeta } from '../../src/content/meta.ts';

const rootWith = (json: string) => {
  const root = mkdtempSync(join(tmpdir(), 'story-meta-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/story.json'), json);
  return root;
};

describe('content/story.json', () => {
  it('reads the dates of the real story', () => {
    const meta = loadStoryMeta(process.cwd());
    expect(meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.updated >= meta.published).toBe(true);
  });

  it('stops on a date that is not YYYY-MM-DD, naming the file and the field', () => {
    expect(() => loadStoryMeta(rootWith('{"published": "25/11/2026", "updated": "2026-11-25"}'))).toThrow(/content\/story\.json: "published": dates are YYYY-MM-DD/);
  });

  it('stops on an update before the publication', () => {
    expect(() => loadStoryMeta(rootWith('{"published": "2026-11-25", "updated": "2026-11-24"}'))).toThrow(/"updated": the update cannot come before the publication/);
  });

  it('stops on a date that does not exist', () => {
    expect(() => loadStoryMeta(rootWith('{"published": "2026-02-30", "updated": "2026-11-25"}'))).toThrow(/not a real calendar date/);
  });
});
