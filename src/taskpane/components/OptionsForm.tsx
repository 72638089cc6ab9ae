/** The as-of date, the plan year, the due-soon window and the language of the generated sheets. */
import { Dropdown, Field, Input, Option, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Translate } from '../../i18n';
import type { PaneSettings } from '../model/settings';

export interface OptionsFormProps {
  tr: Translate;
  settings: PaneSettings;
  /** The plan year detection settled on, shown while the user has not set one. */
  detectedPlanYear: number | null;
  disabled?: boolean;
  onChange(patch: Partial<PaneSettings>): void;
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  control: { minWidth: 0, width: '100%', maxWidth: '100%', boxSizing: 'border-box' },
});

/** A whole number typed or stepped in a SpinButton, or null while the text is not one. */
function spinValue(data: { value?: number | null; displayValue?: string }): number | null {
  if (typeof data.value === 'number') return data.value;
  const typed = Number((data.displayValue ?? '').trim());
  return Number.isInteger(typed) ? typed : null;
}

const LANG_KEYS = { 'zh-CN': 'pane.options.langZh', 'en-US': 'pane.options.langEn' } as const;

export function OptionsForm({ tr, settings, detectedPlanYear, disabled, onChange }: OptionsFormProps) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      <Field label={tr('pane.options.asOf')} size="small" orientation="horizontal">
        <Input
          type="date"
          size="small"
          className={styles.control}
          value={settings.asOf}
          disabled={disabled}
          onChange={(_, data) => /^\d{4}-\d{2}-\d{2}$/.test(data.value) && onChange({ asOf: data.value })}
        />
      </Field>
      <Field
        label={tr('pane.options.planYear')}
        hint={tr('pane.options.planYearHint')}
        size="small"
        orientation="horizontal"
      >
        <SpinButton
          size="small"
          className={styles.control}
          min={1990}
          max={2100}
          value={settings.planYear ?? detectedPlanYear ?? Number(settings.asOf.slice(0, 4))}
          disabled={disabled}
          onChange={(_, data) => {
            const year = spinValue(data);
            if (year !== null && year >= 1990 && year <= 2100) onChange({ planYear: year });
          }}
        />
      </Field>
      <Field label={tr('pane.options.dueSoonDays')} size="small" orientation="horizontal">
        <SpinButton
          size="small"
          className={styles.control}
          min={0}
          max={90}
          value={settings.dueSoonDays}
          disabled={disabled}
          onChange={(_, data) => {
            const days = spinValue(data);
            if (days !== null && days >= 0 && days <= 90) onChange({ dueSoonDays: days });
          }}
        />
      </Field>
      <Field label={tr('pane.options.lang')} size="small" orientation="horizontal">
        <Dropdown
          size="small"
          className={styles.control}
          value={tr(LANG_KEYS[settings.lang])}
          selectedOptions={[settings.lang]}
          disabled={disabled}
          onOptionSelect={(_, data) => data.optionValue && onChange({ lang: data.optionValue as Lang })}
        >
          <Option value="zh-CN">{tr('pane.options.langZh')}</Option>
          <Option value="en-US">{tr('pane.options.langEn')}</Option>
        </Dropdown>
      </Field>
    </div>
  );
}
