/**
 * Where files come in: a drop zone for files and folders, plus buttons for the file and folder
 * pickers. It only collects files; what happens to them is the caller's `onFiles`.
 */
import { type DragEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filesFromDrop, filesFromInput, type PickedFile } from './dropped-files';
import './files.css';

export function FileDropZone({
  onFiles,
  children,
  disabled,
}: {
  onFiles: (files: PickedFile[]) => void;
  children?: ReactNode;
  disabled?: boolean;
}) {
  const { t } = useTranslation('files');
  const [over, setOver] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    onFiles(await filesFromDrop(event.dataTransfer));
  };

  return (
    <section
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      aria-label={t('dropLabel')}
      data-testid="drop-zone"
    >
      <p>{t('dropHint')}</p>
      <div className="drop-zone-buttons">
        <button type="button" disabled={disabled} onClick={() => filesInput.current?.click()}>
          {t('pickFiles')}
        </button>
        <button type="button" disabled={disabled} onClick={() => folderInput.current?.click()}>
          {t('pickFolder')}
        </button>
      </div>
      <input
        ref={filesInput}
        type="file"
        accept="application/pdf,.pdf"
        multiple
        hidden
        data-testid="file-input"
        onChange={(e) => {
          onFiles(filesFromInput(e.target.files));
          e.target.value = '';
        }}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        // Non-standard but supported by Chromium, Edge and Firefox: pick a whole folder.
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          onFiles(filesFromInput(e.target.files));
          e.target.value = '';
        }}
      />
      {children}
    </section>
  );
}
