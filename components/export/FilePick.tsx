/**
 * A drop target with a file picker for one kind of file (identity files, `.rdsync` backups,
 * signed files to verify). It only hands the chosen file to `onFile`; reading it is the caller's.
 */
import { type DragEvent, useRef, useState } from 'react';

export function FilePick({
  label,
  pickLabel,
  accept,
  onFile,
  testId,
  chosen,
}: {
  label: string;
  pickLabel: string;
  accept?: string;
  onFile: (file: File) => void;
  testId: string;
  /** The chosen file's name, shown once there is one. */
  chosen?: string | null;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <section
      className={`file-pick${over ? ' file-pick-over' : ''}`}
      aria-label={label}
      data-testid={testId}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>{label}</p>
      <button type="button" onClick={() => input.current?.click()}>
        {pickLabel}
      </button>
      {chosen ? <span className="file-pick-name">{chosen}</span> : null}
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </section>
  );
}
