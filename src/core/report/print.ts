/** Print settings shared by the report and export sheets: A4 landscape, one page wide, titled pages. */
import type { IsoDate } from '../dates';
import type { PrintSpec } from '../sheets/spec';
import { t, type Lang } from '../../i18n';

/** Text inside a header/footer, where & starts a code. */
function literal(text: string): string {
  return text.replace(/&/g, '&&');
}

/** `&P`/`&N` are Excel's page number and page count. */
export function printSetup(lang: Lang, title: string, asOf: IsoDate, repeatRows: string): PrintSpec {
  return {
    landscape: true,
    fitToWidth: true,
    repeatRows,
    header: `&L${literal(title)}&R${literal(t(lang, 'report.printAsOf', { date: asOf }))}`,
    footer: `&C${t(lang, 'report.printPage', { page: '&P', pages: '&N' })}`,
  };
}
