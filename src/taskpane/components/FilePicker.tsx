/** A button that opens the system's file dialog; the input stays hidden but reachable for automation. */
import { Button, makeStyles, type ButtonProps } from '@fluentui/react-components';
import { useRef } from 'react';

export interface FilePickerProps {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  appearance?: ButtonProps['appearance'];
  /** For tests and automation, which set files on the input directly. */
  testId?: string;
  onFiles(files: File[]): void;
}

const useStyles = makeStyles({ input: { display: 'none' } });

export function FilePicker({
  label,
  accept,
  multiple,
  disabled,
  appearance,
  testId,
  onFiles,
}: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so that picking the same file again (after fixing it) fires a change.
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
