/**
 * What each style and highlight looks like, described once for every renderer.
 * Colours follow the usual office conventions: red overdue, amber due soon, green done.
 */
import type { HighlightKey, StyleKey } from './spec';

export interface Look {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  numFmt?: string;
  border?: boolean;
  locked?: boolean;
}

export const DATE_FORMAT = 'yyyy-mm-dd';

export const HIGHLIGHTS: Record<HighlightKey, Look> = {
  overdue: { fill: 'FFC7CE', fontColor: '9C0006' },
  dueSoon: { fill: 'FFEB9C', fontColor: '9C5700' },
  done: { fill: 'C6EFCE', fontColor: '006100' },
  ongoing: { fill: 'E7E6E6', fontColor: '3A3A3A' },
  unscored: { fill: 'F8CBAD', fontColor: '833C0B' },
  missed: { fill: 'FF7C80', fontColor: '7F0000', bold: true },
  planned: { fill: 'DDEBF7', fontColor: '1F4E78' },
  dueMarker: { fill: 'FFE699', fontColor: '7F6000', bold: true },
};

export const STYLES: Record<StyleKey, Look> = {
  title: { bold: true, size: 14, vertical: 'middle' },
  subtitle: { italic: true, fontColor: '595959' },
  header: { bold: true, fill: 'D9E1F2', wrap: true, horizontal: 'center', vertical: 'middle', border: true },
  body: { vertical: 'top' },
  wrap: { wrap: true, vertical: 'top' },
  center: { horizontal: 'center', vertical: 'top' },
  date: { numFmt: DATE_FORMAT, horizontal: 'center', vertical: 'top' },
  number: { numFmt: '0', horizontal: 'center', vertical: 'top' },
  percent: { numFmt: '0.0%', horizontal: 'center', vertical: 'top' },
  signed: { numFmt: '+0;-0;0', horizontal: 'center', vertical: 'top' },
  input: { vertical: 'top', locked: false },
  inputDate: { numFmt: DATE_FORMAT, horizontal: 'center', vertical: 'top', locked: false },
  inputWrap: { wrap: true, vertical: 'top', locked: false },
  legendOverdue: { ...HIGHLIGHTS.overdue, horizontal: 'center' },
  legendDueSoon: { ...HIGHLIGHTS.dueSoon, horizontal: 'center' },
  legendDone: { ...HIGHLIGHTS.done, horizontal: 'center' },
  legendOngoing: { ...HIGHLIGHTS.ongoing, horizontal: 'center' },
  legendUnscored: { ...HIGHLIGHTS.unscored, horizontal: 'center' },
  legendMissed: { ...HIGHLIGHTS.missed, horizontal: 'center' },
  legendPlanned: { ...HIGHLIGHTS.planned, horizontal: 'center' },
  section: { bold: true, fill: 'F2F2F2' },
  // Cells the user edits later as text stay text (a typed =1+1 is not a formula).
  text: { numFmt: '@', vertical: 'top' },
  textWrap: { numFmt: '@', wrap: true, vertical: 'top' },
  toFill: { numFmt: '@', wrap: true, vertical: 'top', fill: 'FFEB9C' },
  archiveHeader: { bold: true, italic: true, fill: 'EDEDED', fontColor: '595959' },
};
