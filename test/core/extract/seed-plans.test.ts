/**
 * The 14 real plans of the shared seed (Traditional, with pinyin glosses and garbled lines), pinned
 * as written after cleaning. Skipped when ../shared/samples is absent.
 */
import { describeIfExists } from '../../helpers/paths';
import { SEED, seedPlan, seedPlans } from './seed';

const AREAS = [
  '創建理念',
  '辦公設施',
  '班子團結',
  '居民自治',
  '民間組織',
  '社區服務',
  '實事工程',
  '主題活動',
  '文明祥和',
  '管理良好',
];

describeIfExists(SEED)('the seed plans', () => {
  it('splits the file into 篇1…篇14 under their common title', () => {
    expect(seedPlans().map((p) => [p.name, p.title])).toEqual(
      Array.from({ length: 14 }, (_, i) => [`篇${i + 1}`, '文明社區創建工作方案']),
    );
  });

  it('finds in each plan these tasks, phases, groups, score areas, placeholders and mended lines', () => {
    const counts = seedPlans().map((p) => [
      p.name,
      p.tasks.length,
      p.phases.length,
      p.groups.length,
      p.scoreAreas.length,
      p.placeholders.filter((x) => x.kind !== 'garbled').length,
      p.placeholders.filter((x) => x.kind === 'garbled').length,
    ]);
    expect(counts).toEqual([
      ['篇1', 6, 0, 0, 0, 0, 0],
      ['篇2', 0, 0, 0, 0, 2, 0],
      ['篇3', 7, 0, 1, 0, 3, 0],
      ['篇4', 4, 0, 0, 0, 0, 0],
      ['篇5', 0, 0, 0, 10, 0, 1],
      ['篇6', 5, 3, 1, 0, 36, 14],
      ['篇7', 14, 0, 0, 0, 14, 4],
      ['篇8', 1, 2, 0, 0, 0, 3],
      ['篇9', 6, 2, 0, 0, 4, 3],
      ['篇10', 6, 0, 0, 0, 1, 0],
      ['篇11', 0, 0, 0, 10, 0, 1],
      ['篇12', 7, 3, 7, 0, 7, 0],
      ['篇13', 4, 0, 0, 0, 2, 0],
      ['篇14', 3, 0, 0, 0, 1, 2],
    ]);
  });

  describe('篇6', () => {
    it('has the five tasks of 三、, their garbled headings mended, with xxx units flagged', () => {
      const plan = seedPlan('篇6');
      expect(plan.tasks.map((t) => [t.line, t.section, t.title, t.leadText, t.responsibleText])).toEqual([
        [234, '三、工作任務目標及分工', '集貿市場環境整治工作', 'xxx', 'xxx'],
        [254, '三、工作任務目標及分工', '六小行業無證照經營行為清理工作', 'xxx', 'xxx'],
        [262, '三、工作任務目標及分工', '戶外廣告的整治工作', 'xxx', 'xxx'],
        [282, '三、工作任務目標及分工', '創文明城工作資料的收集整理工作', '', ''],
        [290, '三、工作任務目標及分工', '窗口行為規范化服務', 'xxx', 'xxx'],
      ]);
      const flagged = plan.placeholders
        .filter((p) => /^(?:牽頭|責任)單位/.test(p.context))
        .map((p) => [p.kind, p.text, p.line]);
      expect(flagged).toEqual([
        ['placeholder', 'xxx', 250],
        ['placeholder', 'xxx', 252],
        ['placeholder', 'xxx', 258],
        ['placeholder', 'xxx', 260],
        ['placeholder', 'xxx', 278],
        ['placeholder', 'xxx', 280],
        ['blank', '牽頭單位', 286],
        ['blank', '責任單位', 288],
        ['placeholder', 'xxx', 304],
        ['placeholder', 'xxx', 306],
      ]);
      for (const line of [234, 254, 262, 282, 290]) {
        expect(plan.placeholders).toContainEqual(expect.objectContaining({ kind: 'garbled', line }));
      }
    });

    it('keeps a task’s sub-items as its content', () => {
      const [, , ads] = seedPlan('篇6').tasks;
      expect(ads.detail?.split('\n')).toEqual([
        '清理整治的重點是:',
        '(1)煙草戶外廣告;',
        '（2）戶外廣告發布的內容和登記審批的內容不一致的,未按照核準要求,擅自改變內容或規格發布的;',
        '(3)未按照核準登記的地點、期限、形式或數量發布的;',
        '（4）廣告含有不良文化內容、有礙社會主義精神文明建設的;',
        '（5）戶外廣告中沒有標明戶外廣告登記證號的;',
        '（6）發布廣告內容虛假,欺騙和誤導消費者的。',
      ]);
    });

    it('has the three phases of 四、 with their date ranges', () => {
      expect(seedPlan('篇6').phases.map((p) => [p.line, p.name, p.dateText, p.start, p.end])).toEqual([
        [310, '宣傳發動階段', '20xx年9月1日-9日', '2026-09-01', '2026-09-09'],
        [314, '整體推進階段', '20xx年9月10日至9月20日', '2026-09-10', '2026-09-20'],
        [318, '迎接檢查考核階段', '20xx年9月20日至10月', '2026-09-20', '2026-10-31'],
      ]);
    });

    it('has the leading group with one deputy a line', () => {
      expect(seedPlan('篇6').groups).toEqual([
        {
          section: '二、組織領導',
          name: 'xx創建第四屆省級文明城市領導小組',
          leaders: ['xxx(區局黨組書記、局長)'],
          deputies: ['xxx(區局黨組成員、副局長)', 'xxx(區局黨組成員、副局長)', 'xxx(區局黨組成員、紀檢組長)'],
          members: ['XXX'],
          duties: [],
          line: 220,
        },
      ]);
    });
  });

  describe('篇13', () => {
    it('has the four targets with their persons, target 3 split by insurance type, due 5月30日', () => {
      const plan = seedPlan('篇13');
      const people = (persons: { name: string; role: string }[]) => persons.map((p) => `${p.role}:${p.name}`);
      expect(
        plan.tasks.map((t) => [
          t.section,
          t.title,
          t.parts.map((p) => [p.scope, people(p.persons)]),
          t.deadlineText,
          t.deadline.due,
        ]),
      ).toEqual([
        [
          '二、目標任務',
          '勞動監察部門采取有力措施,堅決查處企業使用童工現象',
          [[null, ['direct:趙東風', 'handler:杜輝']]],
          '20xx年5月30日前',
          '2026-05-30',
        ],
        [
          '二、目標任務',
          '對外來務工經商人員進行市民教育形成制度并得到落實',
          [[null, ['direct:朱英鵬', 'handler:鄭海峰']]],
          '20xx年5月30日前',
          '2026-05-30',
        ],
        [
          '二、目標任務',
          '社會保險基金征繳率大于95%',
          [
            ['企業養老保險', ['direct:尤艷俠', 'handler:曹雷', 'handler:馮敏']],
            ['機關事業養老保險', ['direct:商靜', 'handler:王光輝']],
            ['失業保險', ['direct:朱英鵬', 'handler:趙偉']],
            ['醫療保險', ['direct:滕俊江', 'handler:田貫益', 'handler:劉增軍']],
            ['工傷保險、生育保險', ['direct:滕俊江', 'handler:姚紅']],
          ],
          '20xx年5月30日前',
          '2026-05-30',
        ],
        [
          '二、目標任務',
          '城市登記失業人口再就業率大于70%',
          [[null, ['direct:朱英鵬', 'handler:鄭海峰']]],
          '20xx年5月30日前',
          '2026-05-30',
        ],
      ]);
      expect(plan.tasks[2].persons.map((p) => p.name)).toEqual([
        '尤艷俠',
        '曹雷',
        '馮敏',
        '商靜',
        '王光輝',
        '朱英鵬',
        '趙偉',
        '滕俊江',
        '田貫益',
        '劉增軍',
        '姚紅',
      ]);
      expect(plan.tasks[2].deadline).toMatchObject({ kind: 'date', placeholderYear: true });
    });
  });

  describe('篇12', () => {
    it('has the seven work groups with leaders, deputies, members and two duties each', () => {
      const plan = seedPlan('篇12');
      expect(plan.groups.map((g) => [g.name, g.leaders, g.deputies, g.members, g.duties.length])).toEqual([
        ['消防安全工作組', ['覃南術'], ['李德庭'], ['規建辦', '各村', '社區居委會'], 2],
        [
          '家居安全工作組',
          ['蔣中權'],
          ['羅謀祥', '朱代榮', '張平', '覃南術'],
          [
            '鎮婦聯',
            '鎮團委',
            '綜治辦',
            '民政辦',
            '計生辦',
            '社保所',
            '教管中心',
            '竹園派出所',
            '竹園司法所',
            '竹園衛生院',
            '各村',
            '社區居委會',
          ],
          2,
        ],
        ['學校安全工作組', ['羅謀祥'], ['唐家榮'], ['鎮屬學校校長'], 2],
        [
          '食品衛生安全工作組',
          ['張平'],
          ['王洪', '侯文畢'],
          ['竹園衛生院', '竹園工商所', '各村', '社區居委會'],
          2,
        ],
        [
          '社會治安工作組',
          ['許登立'],
          ['李正剛', '袁海濤', '丁建平'],
          ['綜治辦', '竹園派出所', '竹園司法所', '各村', '社區居委會'],
          2,
        ],
        ['農電安全工作組', ['龍洋飛'], ['錢直濤'], ['竹園供電所', '各村', '社區居委會'], 2],
        ['市政安全工作組', ['覃南術'], ['周賢明'], ['規建辦執法中隊', '竹園市場社區居委會'], 2],
      ]);
      expect(plan.groups[0].duties[1]).toBe('建立轄區消防檔案,并歸檔。');
    });

    it('makes each group a task the group leads, its leaders the persons directly responsible', () => {
      const [fire] = seedPlan('篇12').tasks;
      expect(fire).toMatchObject({
        section: '四、職責分工',
        title: '消防安全工作組',
        group: '消防安全工作組',
        leadUnits: ['消防安全工作組'],
        responsibleUnits: ['規建辦', '各村', '社區居委會'],
        persons: [
          { name: '覃南術', role: 'direct', title: '組長' },
          { name: '李德庭', role: 'direct', title: '副組長' },
        ],
      });
    });

    it('has its three phases', () => {
      expect(seedPlan('篇12').phases.map((p) => [p.name, p.dateText, p.start, p.end])).toEqual([
        ['啟動階段', '20xx年3月底前', null, '2026-03-31'],
        ['實施階段', '20xx年4月-11月底', '2026-04-01', '2026-11-30'],
        ['評定階段', '20xx年12月', null, '2026-12-31'],
      ]);
    });
  });

  describe.each(['篇5', '篇11'])('%s', (name) => {
    it('has the ten areas of the 十分制 star rating', () => {
      expect(seedPlan(name).scoreAreas).toEqual(
        AREAS.map((area) => ({ section: '四、評選辦法', name: area, points: 10, starAt: 9 })),
      );
    });

    it('mends the garbled “十星社區” in the rating text', () => {
      expect(
        seedPlan(name)
          .placeholders.filter((p) => p.kind === 'garbled')
          .map((p) => p.text.includes('。“十星社區”每年評選一次')),
      ).toEqual([true]);
    });
  });
});
