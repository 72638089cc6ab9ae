import {
  Body1,
  FluentProvider,
  Spinner,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { translator, type Lang } from '../i18n';
import type { HostMode } from './host';

export interface AppProps {
  lang: Lang;
  /** null while office.js is still being asked where the pane runs. */
  mode: HostMode | null;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
});

/** The pane's shell; features are added as children of <main> and receive plain data and callbacks. */
export function App({ lang, mode }: AppProps) {
  const tr = translator(lang);
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header>
        <Title3 as="h1">{tr('pane.title')}</Title3>
      </header>
      <main>
        {mode === null ? (
          <Spinner size="tiny" labelPosition="after" label={tr('pane.connecting')} />
        ) : (
          <Body1>{tr(mode === 'excel' ? 'pane.mode.excel' : 'pane.mode.standalone')}</Body1>
        )}
      </main>
    </FluentProvider>
  );
}
