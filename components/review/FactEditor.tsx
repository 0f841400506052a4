/** Correct a fact by hand: text for its type (lists one item per line), checked on save. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFactValue, parseFactInput } from '@/lib/facts/codec';
import type { FactDef } from '@/lib/rubric';

const MULTILINE = new Set(['names', 'units', 'people', 'flags']);

export function FactEditor({
  def,
  initial,
  onSave,
  onCancel,
}: {
  def: FactDef;
  initial: unknown;
  onSave: (value: unknown) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('review');
  const [text, setText] = useState(() => formatFactValue(def.type, initial));
  const [error, setError] = useState<string | null>(null);
  const options = def.options?.map((o) => o.value) ?? [];
  const multiline = MULTILINE.has(def.type);

  const save = () => {
    const parsed = parseFactInput(def.type, text, options);
    if (!parsed.ok) {
      setError(t(`facts.inputErrors.${parsed.reason}`, { options: options.join('、') }));
      return;
    }
    onSave(parsed.value);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') onCancel();
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  };
  const id = `fact-edit-${def.id}`;
  return (
    <div className="fact-editor">
      <label htmlFor={id} className="muted">
        {t(multiline ? `facts.hint.${def.type}` : 'facts.hint.single')}
      </label>
      {multiline ? (
        <textarea
          id={id}
          rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          // biome-ignore lint/a11y/noAutofocus: the editor opens on the reviewer's request
          autoFocus
        />
      ) : (
        <input
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          // biome-ignore lint/a11y/noAutofocus: the editor opens on the reviewer's request
          autoFocus
        />
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="row-actions">
        <button type="button" onClick={save}>
          {t('facts.save')}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </div>
  );
}
