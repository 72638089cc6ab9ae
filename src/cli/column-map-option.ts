/** `--map lead=D,deadline=完成时限` → a column map, or a CliError naming what is wrong. */
import { COLUMN_ROLES, type ColumnRole } from '../core/model';
import { isColumnRole, type ColumnMap } from '../core/read/column-map';
import { CliError, EXIT } from './io';

export function parseColumnMap(value: string | undefined): ColumnMap | undefined {
  if (value === undefined) return undefined;
  const map: ColumnMap = {};
  for (const part of value.split(/[,，;；]/)) {
    if (!part.trim()) continue;
    const eq = part.search(/[=＝]/);
    if (eq <= 0 || eq === part.length - 1) throw new CliError(EXIT.badInput, 'cli.badMap', { value: part });
    const role = part.slice(0, eq).trim();
    if (!isColumnRole(role)) {
      throw new CliError(EXIT.badInput, 'cli.unknownRole', { role, roles: COLUMN_ROLES.join(', ') });
    }
    map[role satisfies ColumnRole] = part.slice(eq + 1).trim();
  }
  return map;
}
