// Readers are told which sources they cannot click: a print citation is "not checked online", in the
// footnote's accessible name as in the bibliography.
import { describe, expect, it } from 'vitest';
import { noteLabel, sourceStatus, statusText } from '../../src/content/cite.ts';
import type { Source } from '../../src/data/schema.ts';

const base = { publisher: 'P', title: 'A headline', date: '2021', language: 'en' } as const;
const online: Source = { ...base, url: 'https://example.com/a' };
const print: Source = { ...base, offline: true };

describe('how a source is cited to readers', () => {
  it('tells online documents and print citations apart', () => {
    expect([online, print].map(sourceStatus)).toEqual(['online', 'offline']);
  });

  it('marks print citations "not checked online" / "未经在线核对", and online ones not at all', () => {
    expect(statusText(online, 'en')).toBeUndefined();
    expect(statusText(print, 'en')).toBe('not checked online');
    expect(statusText(print, 'zh')).toBe('未经在线核对');
  });

  it('puts the mark in the footnote marker’s accessible name', () => {
    expect(noteLabel(online, 3, 'en')).toBe('Note 3: A headline');
    expect(noteLabel(print, 3, 'en')).toBe('Note 3: A headline (not checked online)');
    expect(noteLabel(print, 3, 'zh')).toBe('注释3：A headline（未经在线核对）');
  });
});
