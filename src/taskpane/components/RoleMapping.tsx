/** Which column plays each role: the detected choice, which the user may correct from a drop-down. */
import { Caption1, Dropdown, Label, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { COLUMN_ROLES, type ColumnRole } from '../../core/model';
import type { MessageKey, Translate } from '../../i18n';
import type { ColumnChoice } from '../model/detection';

export interface RoleMappingProps {
  tr: Translate;
  columns: readonly ColumnChoice[];
  /** Role → column letters as read. */
  roles: Partial<Record<ColumnRole, string[]>>;
  disabled?: boolean;
  onChange(role: ColumnRole, letter: string): void;
}

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(5.5em, max-content) minmax(0, 1fr)',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  dropdown: { minWidth: 0, width: '100%' },
});

export function columnLabel(tr: Translate, column: ColumnChoice): string {
  return column.label
    ? tr('pane.detect.column', { letter: column.letter, label: column.label })
    : tr('pane.detect.columnBare', { letter: column.letter });
}

function RoleRow({
  tr,
  role,
  columns,
  letters,
  disabled,
  onChange,
}: {
  tr: Translate;
  role: ColumnRole;
  columns: readonly ColumnChoice[];
  letters: string[];
  disabled?: boolean;
  onChange(role: ColumnRole, letter: string): void;
}) {
  const id = useId();
  const styles = useStyles();
  const chosen = columns.filter((c) => letters.includes(c.letter));
  const text =
    chosen.length > 0
      ? chosen.map((c) => columnLabel(tr, c)).join(tr('pane.list'))
      : tr('pane.detect.unassigned');
  return (
    <>
      <Label id={id} size="small">
        {tr(`role.${role}` as MessageKey)}
      </Label>
      <Dropdown
        size="small"
        aria-labelledby={id}
        value={text}
        placeholder={tr('pane.detect.unassigned')}
        selectedOptions={letters}
        disabled={disabled}
        onOptionSelect={(_, data) => data.optionValue && onChange(role, data.optionValue)}
        className={styles.dropdown}
      >
        {columns.map((c) => (
          <Option key={c.letter} value={c.letter}>
            {columnLabel(tr, c)}
          </Option>
        ))}
      </Dropdown>
    </>
  );
}

export function RoleMapping({ tr, columns, roles, disabled, onChange }: RoleMappingProps) {
  const styles = useStyles();
  return (
    <div>
      <Caption1 as="p">{tr('pane.detect.columnsHint')}</Caption1>
      <div className={styles.grid}>
        {COLUMN_ROLES.map((role) => (
          <RoleRow
            key={role}
            tr={tr}
            role={role}
            columns={columns}
            letters={roles[role] ?? []}
            disabled={disabled}
            onChange={onChange}
          />
        ))}
      </div>
    </div>
  );
}
