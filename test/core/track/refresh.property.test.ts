/**
 * Refresh never loses a typed entry: random sequences of source edits (reorder, insert, delete,
 * edit text) and entries typed into the tracker and the months sheet, with a refresh after each;
 * every entry is then either on its own task or in the archive.
 */
import fc from 'fast-check';
import type { CellValue, Grid } from '../../../src/core/grid';
import { readSheet } from '../../../src/core/read/read-sheet';
import { monthsSheet, readMonthNotes } from '../../../src/core/sheets/months-sheet';
import { trackerSheet } from '../../../src/core/sheets/tracker-sheet';
import { buildTrackModel, type PreviousTracker, type TrackModel } from '../../../src/core/track/refresh';
import { TRACKER_COLUMNS, TRACKER_HEADER_ROW } from '../../../src/core/track/tracker-columns';
import { readTrackerEntries } from '../../../src/core/track/tracker-entries';
import { specToGrid } from '../../helpers/spec-grid';

interface SourceTask {
  identity: number;
  title: string;
  lead: string;
}

interface Typed {
  progress?: string;
  notes: Map<number, string>;
}

type Op =
  | { kind: 'reorder'; seed: number }
  | { kind: 'insert'; at: number; title: string }
  | { kind: 'delete'; at: number }
  | { kind: 'edit'; at: number; pos: number; ch: string }
  | { kind: 'type'; at: number; text: string }
  | { kind: 'note'; at: number; month: number; text: string };

const ALPHABET =
  '城市管理交通教育卫生环境保护住房建设财政税务公安消防水务农业林业文化旅游体育科技工业商务民政人社医保审计统计应急信访'.split(
    '',
  );
const title = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 10, maxLength: 18 });

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('reorder' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), title }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('edit' as const),
    at: fc.nat(),
    pos: fc.nat(),
    ch: fc.constantFrom(...ALPHABET),
  }),
  fc.record({
    kind: fc.constant('type' as const),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('note' as const),
    at: fc.nat(),
    month: fc.integer({ min: 1, max: 12 }),
    text: fc.string({ minLength: 1, maxLength: 6 }),
  }),
);

const OPTIONS = { asOf: '2026-11-30', dueSoonDays: 7, doneWord: '已完成' };
const PROGRESS_COL = TRACKER_COLUMNS.indexOf('progress');
const TASK_COL = TRACKER_COLUMNS.indexOf('task');

function sourceGrid(tasks: SourceTask[]): Grid {
  const rows: CellValue[][] = [['序号', '工作任务', '牵头单位', '完成时限']];
  tasks.forEach((t, i) => rows.push([i + 1, t.title, t.lead, '12月底前']));
  return { sheetName: '分解表', rows, merges: [] };
}

function refresh(tasks: SourceTask[], previous: PreviousTracker | null): TrackModel {
  const reading = readSheet(sourceGrid(tasks), { asOf: OPTIONS.asOf, planYear: 2026 });
  if (!reading) throw new Error('source not read');
  return buildTrackModel(reading, previous, OPTIONS);
}

/** Writes the model's sheets and reads them back, as the next refresh would find them. */
function roundTrip(model: TrackModel): { tracker: Grid; months: Grid } {
  return {
    tracker: specToGrid(trackerSheet('zh-CN', model, '跟踪台账', '')) as Grid,
    months: specToGrid(monthsSheet('zh-CN', model, '月度进度')) as Grid,
  };
}

function editTitle(text: string, pos: number, ch: string): string {
  const i = pos % text.length;
  return text.slice(0, i) + ch + text.slice(i + 1);
}

describe('refresh keeps every typed entry', () => {
  it('through random edits of the source and the tracker', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(title, { minLength: 1, maxLength: 8 }),
        fc.array(op, { minLength: 1, maxLength: 25 }),
        (titles, ops) => {
          let nextIdentity = 0;
          let tasks: SourceTask[] = titles.map((t) => ({
            identity: nextIdentity++,
            title: t,
            lead: '区政府办',
          }));
          const used = new Set(titles);
          /** What was typed for each identity: progress text and month notes. */
          const typed = new Map<number, Typed>();
          let model = refresh(tasks, null);
          let sheets = roundTrip(model);
          const keyOf = new Map<number, string>();
          const rememberKeys = () => {
            model.tasks.forEach((t) => {
              const source = tasks.find((s) => s.title === t.task.title);
              if (source) keyOf.set(source.identity, t.key);
            });
          };
          rememberKeys();

          for (const step of ops) {
            if (step.kind === 'reorder' && tasks.length > 1) {
              const rotated = step.seed % tasks.length;
              tasks = [...tasks.slice(rotated), ...tasks.slice(0, rotated)].reverse();
            } else if (step.kind === 'insert' && !used.has(step.title)) {
              used.add(step.title);
              tasks.splice(step.at % (tasks.length + 1), 0, {
                identity: nextIdentity++,
                title: step.title,
                lead: '区财政局',
              });
            } else if (step.kind === 'delete' && tasks.length > 0) {
              tasks.splice(step.at % tasks.length, 1);
            } else if (step.kind === 'edit' && tasks.length > 0) {
              const t = tasks[step.at % tasks.length];
              const edited = editTitle(t.title, step.pos, step.ch);
              if (!used.has(edited)) {
                used.add(edited);
                t.title = edited;
              }
            } else if ((step.kind === 'type' || step.kind === 'note') && model.tasks.length > 0) {
              // Type into the tracker (or months sheet) as the office would, on a task shown there now.
              const index = step.at % model.tasks.length;
              const shownTitle = model.tasks[index].task.title;
              const source = tasks.find((s) => s.title === shownTitle);
              if (source) {
                const record: Typed = typed.get(source.identity) ?? { notes: new Map() };
                typed.set(source.identity, record);
                if (step.kind === 'type') {
                  const text = `进展${step.text}`;
                  (sheets.tracker.rows[TRACKER_HEADER_ROW + index] as CellValue[])[PROGRESS_COL] = text;
                  record.progress = text;
                } else {
                  const text = `月报${step.text}`;
                  (sheets.months.rows[TRACKER_HEADER_ROW + index] as CellValue[])[4 + step.month] = text;
                  record.notes.set(step.month, text);
                }
              }
            }
            const entries = readTrackerEntries(sheets.tracker);
            expect(entries).not.toBeNull();
            model = refresh(tasks, { entries: entries ?? [], notes: readMonthNotes(sheets.months) });
            sheets = roundTrip(model);
            rememberKeys();

            // Every typed entry is on its task, or in the archive when its task left the source.
            for (const [identity, record] of typed) {
              const source = tasks.find((s) => s.identity === identity);
              const key = keyOf.get(identity);
              if (source) {
                const index = model.tasks.findIndex((t) => t.task.title === source.title);
                expect(index).toBeGreaterThanOrEqual(0);
                const row = sheets.tracker.rows[TRACKER_HEADER_ROW + index];
                expect(row[TASK_COL]).toBe(source.title);
                if (record.progress) expect(row[PROGRESS_COL]).toBe(record.progress);
                for (const [month, note] of record.notes)
                  expect(sheets.months.rows[TRACKER_HEADER_ROW + index][4 + month]).toBe(note);
              } else {
                const archived = model.archive.find((e) => e.key === key);
                expect(archived).toBeDefined();
                if (record.progress) expect(archived?.values.progress).toBe(record.progress);
                for (const [month, note] of record.notes) {
                  expect(model.notes.get(key ?? '')?.get(`2026-${String(month).padStart(2, '0')}`)).toBe(
                    note,
                  );
                }
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
