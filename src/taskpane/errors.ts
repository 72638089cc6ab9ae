/**
 * Errors as data, so they cross from the worker to the page and are shown once, at the pane's
 * boundary, in the user's language: a refused file, a plan that found no table, an error Excel
 * reported, or anything else with its own message.
 */
import { fileErrorKey, isFileError, type FileErrorCode } from '../io/files/errors';
import { t, type Lang, type MessageKey, type Params } from '../i18n';

export type PlanFailureReason = 'sheet_not_found' | 'no_table' | 'unmapped' | 'not_tracked' | 'no_selection';

export type ErrorInfo =
  | { kind: 'file'; code: FileErrorCode; params: Params }
  | { kind: 'plan'; reason: PlanFailureReason; params: Params }
  | { kind: 'excel'; code: string; message: string }
  | { kind: 'other'; message: string };

/** An error carrying its ErrorInfo: what the worker client throws, and plan failures on the page. */
export class PaneError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(
      info.kind === 'plan'
        ? `plan: ${info.reason}`
        : info.kind === 'file'
          ? `file: ${info.code}`
          : info.message,
    );
    this.name = 'PaneError';
  }
}

/** A plan that could not be made, with what the message needs. */
export function planFailure(
  reason: PlanFailureReason,
  sheetsSearched: readonly string[] = [],
  unmapped: readonly string[] = [],
): PaneError {
  return new PaneError({
    kind: 'plan',
    reason,
    params: { sheets: sheetsSearched.join('、'), value: unmapped.join(', ') },
  });
}

/** Office.js errors (OfficeExtension.Error) carry a string code and are named RichApi.Error. */
function isExcelError(err: unknown): err is { code: string; message: string } {
  return (
    err instanceof Error &&
    typeof (err as { code?: unknown }).code === 'string' &&
    (err.name === 'RichApi.Error' || 'debugInfo' in err)
  );
}

export function errorInfo(err: unknown): ErrorInfo {
  if (err instanceof PaneError) return err.info;
  if (isFileError(err)) return { kind: 'file', code: err.code, params: err.params };
  if (isExcelError(err)) return { kind: 'excel', code: err.code, message: err.message };
  return { kind: 'other', message: err instanceof Error ? err.message : String(err) };
}

export function errorText(lang: Lang, info: ErrorInfo): string {
  switch (info.kind) {
    case 'file':
      return t(lang, fileErrorKey(info.code), info.params);
    case 'plan':
      return t(lang, `pane.error.${info.reason}` as MessageKey, info.params);
    case 'excel':
      return t(lang, 'pane.error.excel', { code: info.code, message: info.message });
    default:
      return t(lang, 'pane.error.other', { message: info.message });
  }
}
