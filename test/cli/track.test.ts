import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TrackJson } from '../../src/core/track-json';
import { runCli } from '../helpers/cli';
import { gbkBytes } from '../helpers/gbk';
import { EXAMPLES, SHARED_SAMPLES, describeIfExists } from '../helpers/paths';

interface ExpectedTask {
  row: number;
  lead: string[];
  resp: string[];
  persons?: string[];
  due: string | null;
  kind: string;
  status: string;
  unscored?: boolean;
}
interface ExpectedFile {
  file: string;
  asOf: string;
  planYear: number;
  tasks: ExpectedTask[];
  counts: Record<string, number>;
}

async function trackJsonOf(file: string, asOf: string, planYear: number): Promise<TrackJson> {
  const result = await runCli([
    'track',
    file,
    '--as-of',
    asOf,
    '--plan-year',
    String(planYear),
    '--json',
    '-',
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as TrackJson;
}

function checkAgainstExpected(dir: string): void {
  // A skipped describe still runs its body to collect tests: read nothing that is not there.
  const file = path.join(dir, 'expected.json');
  if (!existsSync(file)) return;
  const expected = JSON.parse(readFileSync(file, 'utf8')) as ExpectedFile[];
  for (const sample of expected) {
    it(`${sample.file} reads as expected.json says`, async () => {
      const json = await trackJsonOf(path.join(dir, sample.file), sample.asOf, sample.planYear);
      expect(json.schema).toBe('respmatrix.track/1');
      expect(json.tasks).toHaveLength(sample.tasks.length);
      sample.tasks.forEach((want, i) => {
        const got = json.tasks[i];
        expect({ row: got.row, lead: got.leadUnits, resp: got.responsibleUnits }).toEqual({
          row: want.row,
          lead: want.lead,
          resp: want.resp,
        });
        if (want.persons) expect(got.persons.map((p) => p.name)).toEqual(want.persons);
        expect({ row: got.row, due: got.deadline.due, kind: got.deadline.kind, status: got.status }).toEqual({
          row: want.row,
          due: want.due,
          kind: want.kind,
          status: want.status,
        });
        if (want.unscored !== undefined)
          expect({ row: got.row, unscored: got.unscored }).toEqual({
            row: want.row,
            unscored: want.unscored,
          });
      });
      for (const [name, count] of Object.entries(sample.counts)) {
        expect({ name, count: json.counts[name as keyof typeof json.counts] }).toEqual({ name, count });
      }
    });
  }
}

describe('track --json on the bundled examples', () => {
  checkAgainstExpected(EXAMPLES);

  it('reads persons with their roles, sections and details', async () => {
    const json = await trackJsonOf(path.join(EXAMPLES, 'civilized-city-2026.xlsx'), '2026-11-30', 2026);
    const first = json.tasks[0];
    expect(first).toMatchObject({
      id: '1',
      section: '一、集贸市场环境整治',
      title: '上市商品划行归市',
      detail: '市场按经营种类分区经营，有市场商品分类标志',
      persons: [
        { name: '王建国', role: 'direct', title: null },
        { name: '李明', role: 'handler', title: null },
      ],
      points: 5,
      score: 5,
    });
    expect(json.tasks[3].section).toBe('二、“六小”行业无证照经营清理');
    expect(json.warnings).toEqual([
      expect.objectContaining({ code: 'placeholder_year', sheet: '任务分解', cell: 'H8' }),
    ]);
    expect(json.units.find((u) => u.name === '执法大队')).toMatchObject({
      lead: 1,
      responsible: 2,
      overdue: 1,
      done: 1,
      due_soon: 1,
    });
  });

  it('reads the leader of a two-row header ledger', async () => {
    const json = await trackJsonOf(path.join(EXAMPLES, 'supervision-ledger-2026.xlsx'), '2026-11-30', 2026);
    expect(json.sheet).toBe('重点工作督办');
    expect(json.tasks[0]).toMatchObject({
      id: 'DB-1',
      persons: [{ name: '刘副市长', role: 'leader', title: null }],
    });
    expect(json.warnings).toEqual([]);
  });

  it('takes the plan year from the title rows when not given', async () => {
    const result = await runCli([
      'track',
      path.join(EXAMPLES, 'civilized-city-2026.xlsx'),
      '--as-of',
      '2027-01-15',
      '--json',
      '-',
    ]);
    expect((JSON.parse(result.stdout) as TrackJson).planYear).toBe(2026);
  });
});

describeIfExists(SHARED_SAMPLES)('track --json on ../shared/samples', () => {
  checkAgainstExpected(SHARED_SAMPLES);
});

describe('track summary and errors', () => {
  it('prints counts and the overdue tasks', async () => {
    const result = await runCli([
      'track',
      path.join(EXAMPLES, 'civilized-city-2026.xlsx'),
      '--as-of',
      '2026-11-30',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('共 9 项任务');
    expect(result.stdout).toContain('已完成 3 · 逾期 2 · 临期 1');
    expect(result.stdout).toContain('清理占道经营和出店经营');
  });

  it('speaks English with --lang en', async () => {
    const result = await runCli([
      'track',
      path.join(EXAMPLES, 'civilized-city-2026.xlsx'),
      '--as-of',
      '2026-11-30',
      '--lang',
      'en',
    ]);
    expect(result.stdout).toContain('9 tasks');
  });

  it('a missing file is one line and exit 2', async () => {
    const result = await runCli(['track', 'no-such-file.xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no-such-file.xlsx');
  });

  it('a bad date or map is exit 2', async () => {
    const file = path.join(EXAMPLES, 'civilized-city-2026.xlsx');
    expect((await runCli(['track', file, '--as-of', '2026-13-01'])).code).toBe(2);
    expect((await runCli(['track', file, '--map', 'owner=D'])).code).toBe(2);
    expect((await runCli(['track', file, '--map', 'lead=完全没有这一列'])).code).toBe(2);
  });

  it('--range reads only that part of the sheet; a range that is no table is exit 2', async () => {
    const file = path.join(EXAMPLES, 'civilized-city-2026.xlsx');
    const result = await runCli(['track', file, '--as-of', '2026-11-30', '--range', 'A2:L5', '--json', '-']);
    const json = JSON.parse(result.stdout) as TrackJson;
    // Row 3 is a section heading; the example's other seven tasks lie below the range.
    expect(json.tasks.map((t) => t.row)).toEqual([4, 5]);
    const bad = await runCli(['track', file, '--range', 'B3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('“B3”');
  });

  it('--map overrides detection', async () => {
    const result = await runCli([
      'track',
      path.join(EXAMPLES, 'civilized-city-2026.xlsx'),
      '--as-of',
      '2026-11-30',
      '--map',
      'lead=E,responsible=D',
      '--json',
      '-',
    ]);
    const json = JSON.parse(result.stdout) as TrackJson;
    expect(json.tasks[0].leadUnits).toEqual(['城南分局', '城北分局']);
    expect(json.tasks[0].responsibleUnits).toEqual(['市场监管科']);
  });

  it('names the sheets it looked at when there is no task table (exit 3)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表为通讯录']);
    workbook.addWorksheet('通讯录').addRows([
      ['姓名', '电话'],
      ['张三', '123'],
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'respmatrix-'));
    const file = path.join(dir, 'contacts.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await runCli(['track', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('说明、通讯录');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('track on files that are not workbooks', () => {
  it('reads a CSV export (GBK, as Chinese Excel and WPS write it)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'respmatrix-'));
    const file = path.join(dir, '督办台账.csv');
    const text =
      '序号,工作任务,牵头单位,完成时限\n1,建成智慧停车平台,市城管局,2026年12月31日\n2,=HYPERLINK("x"),市住建局,10月底前\n';
    writeFileSync(file, gbkBytes(text));
    const result = await runCli(['track', file, '--as-of', '2026-11-30', '--json', '-']);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as TrackJson;
    expect(json.tasks.map((t) => [t.title, t.leadUnits, t.status])).toEqual([
      ['建成智慧停车平台', ['市城管局'], 'on_track'],
      ['=HYPERLINK("x")', ['市住建局'], 'overdue'],
    ]);
  });

  it('refuses a file that is not a workbook with one line and exit 2, in the user language', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'respmatrix-'));
    const file = path.join(dir, 'photo.xlsx');
    writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]),
    );
    const zh = await runCli(['track', file]);
    expect(zh.code).toBe(2);
    expect(zh.stderr.trim().split('\n')).toHaveLength(1);
    expect(zh.stderr).toContain('不是 Excel 工作簿');
    const en = await runCli(['track', file, '--lang', 'en']);
    expect(en.stderr).toContain('neither an Excel workbook nor CSV text');
  });
});
