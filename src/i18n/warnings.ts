/** A reader warning as a sentence, with role codes in its parameters translated too. */
import type { ColumnRole, Warning } from '../core/model';
import { t, type Lang, type MessageKey } from './index';

export function warningMessage(lang: Lang, warning: Warning): string {
  const params = { ...warning.params };
  const roleName = (code: string) => t(lang, `role.${code as ColumnRole}` as MessageKey);
  if (typeof params.roles === 'string')
    params.roles = params.roles
      .split(',')
      .map(roleName)
      .join(lang === 'zh-CN' ? '或' : ' or ');
  if (typeof params.chosen === 'string') params.chosen = roleName(params.chosen);
  if (typeof params.role === 'string') params.role = roleName(params.role);
  return t(lang, `warning.${warning.code}` as MessageKey, params);
}

/** `Sheet!E12 message`, the way warnings are listed to the user. */
export function warningLine(lang: Lang, warning: Warning): string {
  const where = warning.cell ? `${warning.sheet}!${warning.cell}` : warning.sheet;
  return `${where} ${warningMessage(lang, warning)}`;
}
