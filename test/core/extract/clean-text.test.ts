import { cleanPlanText } from '../../../src/core/extract/clean-text';
import { garble } from '../../helpers/gbk';

const texts = (text: string) => cleanPlanText(text).lines.map((l) => l.text);

describe('cleanPlanText', () => {
  it('removes pinyin glosses after characters and keeps Traditional as written', () => {
    expect(texts('  文明社區(qū)創(chuàng)建工作方案')).toEqual(['文明社區創建工作方案']);
    expect(texts('加強領(lǐng)導(dǎo)')).toEqual(['加強領導']);
  });

  it('keeps bracketed Latin without tone marks: it is the author’s text', () => {
    expect(texts('推行PPP(ppp)模式，采用APP(app)上报')).toEqual(['推行PPP(ppp)模式，采用APP(app)上报']);
  });

  it('removes the stray marks some sites put between characters against copying', () => {
    expect(texts("群眾喜聞樂見的.活動形式，共建的`形式，社區共建的'原則")).toEqual([
      '群眾喜聞樂見的活動形式，共建的形式，社區共建的原則',
    ]);
    expect(texts('1.上市商品要劃行歸市')).toEqual(['1.上市商品要劃行歸市']);
  });

  it('drops site chrome and everything from a related-articles list on', () => {
    const lines = texts(
      [
        '時間:2022-12-05 18:56:19 宗睿 工作方案 我要投稿',
        '文明社區(qū)創(chuàng)建工作方案(精選14篇)',
        '  為了確保事情或工作能無誤進行…以下是小編為大家整理的文明社區創建工作方案，希望能夠幫助到大家。',
        '一、指導思想',
        '【文明社區(qū)創(chuàng)建工作方案】相關(guān)文章:',
        '創(chuàng)建文明社區(qū)工作方案12-30',
      ].join('\n'),
    );
    expect(lines).toEqual(['一、指導思想']);
  });

  it('finds placeholders and numbers lines as in the file', () => {
    const { placeholders } = cleanPlanText('前言\n牽頭單位:xxx\n（20xx年9月1日-9日）\n××社區、***', 10);
    expect(placeholders.map((p) => [p.kind, p.text, p.line])).toEqual([
      ['placeholder', 'xxx', 11],
      ['placeholder', '20xx', 12],
      ['placeholder', '××', 13],
      ['placeholder', '***', 13],
    ]);
  });

  it('mends a numbered line garbled by a one-byte shift and flags it', () => {
    const garbled = garble('　（一）集貿市場環境整治工作,');
    expect(garbled.startsWith('。ㄒ唬')).toBe(true);
    const clean = cleanPlanText(garbled);
    expect(clean.lines).toEqual([{ text: '（一）集貿市場環境整治工作,', line: 1, repaired: true }]);
    expect(clean.placeholders).toEqual([
      {
        kind: 'garbled',
        text: '（一）集貿市場環境整治工作,',
        line: 1,
        context: '（一）集貿市場環境整治工作,',
      },
    ]);
  });

  it('mends the numerals whose second byte the page turned into a private-use character', () => {
    for (const numeral of '一二三四五六七八九十') {
      expect(texts(garble(`　（${numeral}）加強組織領導,明確責任`))).toEqual([
        `（${numeral}）加強組織領導,明確責任`,
      ]);
    }
  });

  it('mends (2) numbered in digits', () => {
    expect(texts(' 。2)戶外廣告發(fā)布的內(nèi)容')).toEqual(['（2）戶外廣告發布的內容']);
  });

  it('mends a sentence start garbled into !… and guesses a lost character from the text’s own pairs', () => {
    const body = '縣打擊傳銷領導小組，縣打擊傳銷工作。';
    // 。縣 → ?h: the pair behind ? is lost; 縣 is the character before 打 elsewhere in the text.
    expect(texts(`${body}\n把工作落到實處?h打擊傳銷`)[1]).toBe('把工作落到實處。縣打擊傳銷');
    expect(texts(`${body}\n上報機制!盁o傳銷社區(qū)`)[1]).toBe('上報機制。“無傳銷社區');
  });

  it('leaves text alone that only looks like the garbling', () => {
    expect(texts('好!Excel表格，怎么办?OK')).toEqual(['好!Excel表格，怎么办?OK']);
  });

  it('is idempotent on these cases', () => {
    const text = [garble('　（三）做好宣傳工作,'), '社區(qū)”!笆巧鐓^(qū)”', '  的.活動', '20xx年'].join(
      '\n',
    );
    const once = texts(text).join('\n');
    expect(texts(once).join('\n')).toBe(once);
  });
});
