// Chinese text quoted on English pages is marked with its language (src/i18n/han.ts).
import { describe, expect, it } from 'vitest';
import { langOfText, splitByLang, writtenIn } from '../../src/i18n/han.ts';

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

describe('writtenIn', () => {
  it('gives a Chinese headline its language even when its document is English', () => {
    expect(writtenIn('拼多多(PDD)：25Q3财报点评', 'en')).toBe('zh-Hans');
    expect(writtenIn('Kuaishou results', 'en')).toBe('en');
    expect(writtenIn('Annual Report', 'zh')).toBe('zh-Hans');
  });
});
