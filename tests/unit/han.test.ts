// Chinese text quoted on English pages is marked with its language (src/i18n/han.ts).
import { describe, expect, it } from 'vitest';
import { langOfText, splitByLang } from '../../src/i18n/han.ts';

describe('langOfText', () => {
  it('marks a Chinese name on the English page, and nothing on the Chinese page', () => {
    expect(langOfText('快手科技（投资者关系网站）', 'en')).toBe('zh-Hans');
    expect(langOfText('South China Morning Post', 'en')).toBeUndefined();
    expect(langOfText('快手科技（投资者关系网站）', 'zh')).toBeUndefined();
  });
});

describe('splitByLang', () => {
  it('splits Han runs, with their full-width punctuation, from the English around them', () => {
    expect(splitByLang('Youzan (有赞), Mokuai (魔筷，二)!', 'en')).toEqual([
      { text: 'Youzan (' },
      { text: '有赞', lang: 'zh-Hans' },
      { text: '), Mokuai (' },
      { text: '魔筷，二', lang: 'zh-Hans' },
      { text: ')!' },
    ]);
  });

  it('leaves text without Han characters, and any text on the Chinese page, whole', () => {
    expect(splitByLang('No Chinese here — “quoted”.', 'en')).toEqual([{ text: 'No Chinese here — “quoted”.' }]);
    expect(splitByLang('快手 and Kuaishou', 'zh')).toEqual([{ text: '快手 and Kuaishou' }]);
  });
});
