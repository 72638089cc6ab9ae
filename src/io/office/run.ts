/// <reference types="office-js" />
/**
 * The one place that calls `Excel.run` and reads `Office.context.requirements`. Passing the real
 * RequestContext where an XlContext is expected is what checks, at compile time, that the local
 * types in excel-types.ts agree with office.js.
 */
import type { ApiSupport, ExcelRun } from './excel-types';

export const excelRun: ExcelRun = (batch) => Excel.run((context) => batch(context));

export const excelApiSupport: ApiSupport = (version) =>
  Office.context.requirements.isSetSupported('ExcelApi', version);
