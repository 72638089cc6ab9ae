/**
 * Completion by unit as plain SVG bars: the done share in green, the overdue share in red, the rest
 * grey; each bar is labelled for screen readers and the figures are written beside it.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import type { UnitBar } from '../model/dashboard';

export interface UnitChartProps {
  tr: Translate;
  units: readonly UnitBar[];
  /** Bars drawn; the rest are counted below the chart. */
  max?: number;
}

const ROW = 22;
const LABEL = 38;
const FIGURES = 17;

const useStyles = makeStyles({
  svg: { width: '100%', display: 'block', overflow: 'visible' },
  name: { fill: tokens.colorNeutralForeground1, fontSize: '12px' },
  figure: { fill: tokens.colorNeutralForeground2, fontSize: '11px', fontVariantNumeric: 'tabular-nums' },
  more: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** A unit's name cut to fit its column, with an ellipsis. */
function shortName(name: string, max: number): string {
  return [...name].length > max ? `${[...name].slice(0, max - 1).join('')}…` : name;
}

export function UnitChart({ tr, units, max = 12 }: UnitChartProps) {
  const styles = useStyles();
  const shown = units.slice(0, max);
  const height = shown.length * ROW;
  // Widths in percent of the chart, so the bars follow the pane's width.
  const barStart = LABEL + 1;
  const barWidth = 100 - barStart - FIGURES;
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} role="list" aria-label={tr('pane.dash.units')} height={height}>
        {shown.map((u, i) => {
          const y = i * ROW;
          const done = u.total > 0 ? u.done / u.total : 0;
          const overdue = u.total > 0 ? u.overdue / u.total : 0;
          const label = tr('pane.dash.unitBar', {
            name: u.name,
            done: u.done,
            total: u.total,
            overdue: u.overdue,
          });
          return (
            <g key={u.name} role="listitem" aria-label={label}>
              <title>{label}</title>
              <text className={styles.name} x="0" y={y + 15}>
                {shortName(u.name, 7)}
              </text>
              <rect
                x={`${barStart}%`}
                y={y + 5}
                width={`${barWidth}%`}
                height="12"
                rx="2"
                fill={tokens.colorNeutralBackground5}
              />
              <rect
                x={`${barStart}%`}
                y={y + 5}
                width={`${barWidth * done}%`}
                height="12"
                rx="2"
                fill={tokens.colorPaletteGreenBackground3}
              />
              <rect
                x={`${barStart + barWidth * done}%`}
                y={y + 5}
                width={`${barWidth * overdue}%`}
                height="12"
                fill={tokens.colorPaletteRedBackground3}
              />
              <text className={styles.figure} x="100%" y={y + 15} textAnchor="end">
                {`${u.done}/${u.total}`}
              </text>
            </g>
          );
        })}
      </svg>
      {units.length > shown.length && (
        <figcaption className={styles.more}>
          {tr('pane.dash.unitsMore', { count: units.length - shown.length })}
        </figcaption>
      )}
    </figure>
  );
}
