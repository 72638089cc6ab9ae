/**
 * The matrix, the unit summary and the star rating pair their rows with the tracker's by position: a
 * key lookup per row would cost O(n²) on every recalculation. Sorting the tracker breaks that pairing.
 * Each matrix status cell therefore checks that the tracker row still holds its task — else it says
 * 需刷新 rather than another task's status — and each of these sheets shows a notice while any row is
 * out of place, so no figure is trusted while it is wrong.
 */
import { t, type Lang } from '../../i18n';
import type { Status } from '../model';
import { TRACKER_FIRST_DATA_ROW, trackerLetter } from '../track/tracker-columns';
import { formulaText, sheetRef } from './sheet-ref';
import type { FormulaValue, RuleSpec } from './spec';
import { statusWord } from './tracker-sheet';

/** The matrix's status cell for the task at tracker position `index`. */
export function pairedStatus(
  lang: Lang,
  tracker: string,
  key: string,
  index: number,
  status: Status,
): FormulaValue {
  const row = TRACKER_FIRST_DATA_ROW + index;
  const at = (letter: string) => `${sheetRef(tracker)}${letter}${row}`;
  return {
    formula: `IF(${at(trackerLetter('key'))}=${formulaText(key)},${at(trackerLetter('status'))},${formulaText(t(lang, 'stale.cell'))})`,
    result: statusWord(lang, status),
  };
}

/** Empty while the matrix's status cells (`statusRange`, with its sheet) all pair up; else the notice. */
export function staleNotice(lang: Lang, statusRange: string): FormulaValue {
  return {
    formula: `IF(COUNTIF(${statusRange},${formulaText(t(lang, 'stale.cell'))})>0,${formulaText(t(lang, 'stale.notice'))},"")`,
    result: '',
  };
}

/** The notice in red while it shows. */
export function staleRule(address: string): RuleSpec {
  return { range: address, formula: `${address}<>""`, highlight: 'overdue' };
}
