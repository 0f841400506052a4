/**
 * Correct a fact by hand. A fact with options (学段, 主持人申报条件, 研究类别, 预期成果) is
 * corrected by ticking or choosing among the options' labels; other facts as text for their
 * type (lists one item per line), checked on save.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFactValue, parseFactInput } from '@/lib/facts/codec';
import { optionLabel } from '@/lib/facts/display';
import type { FactDef } from '@/lib/rubric';

const MULTILINE = new Set(['names', 'units', 'people', 'flags']);

function initialChoice(def: FactDef, value: unknown): Set<string> {
  if (Array.isArray(value)) return new Set(value.map(String));
  if (def.type === 'flags' && value && typeof value === 'object') {
    return new Set(
      Object.entries(value as Record<string, unknown>)
        .filter(([, on]) => on === true)
        .map(([k]) => k),
    );
  }
  return new Set(typeof value === 'string' ? [value] : []);
}

function Choices({
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
  const { t, i18n } = useTranslation('review');
  const options = def.options ?? [];
  const [chosen, setChosen] = useState(() => initialChoice(def, initial));
  const single = def.type === 'enum';
  const toggle = (value: string, on: boolean) =>
    setChosen((set) => {
      const next = new Set(single ? [] : set);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  const save = () => {
    if (def.type === 'flags') {
      onSave(Object.fromEntries(options.map((o) => [o.value, chosen.has(o.value)])));
    } else if (single) {
      const [value] = [...chosen];
      if (value !== undefined) onSave(value);
    } else {
      onSave(options.map((o) => o.value).filter((v) => chosen.has(v)));
    }
  };
  return (
    <fieldset className="fact-editor" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <legend className="visually-hidden">{t('facts.correct')}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type={single ? 'radio' : 'checkbox'}
            name={`fact-${def.id}`}
            checked={chosen.has(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <span>{optionLabel(def, o.value, i18n.language)}</span>
        </label>
      ))}
      <div className="row-actions">
        <button type="button" onClick={save} disabled={single && chosen.size === 0}>
          {t('facts.save')}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </fieldset>
  );
}

export function FactEditor(props: {
  def: FactDef;
  initial: unknown;
  onSave: (value: unknown) => void;
  onCancel: () => void;
}) {
  const { def } = props;
  if (def.options?.length && ['names', 'enum', 'flags'].includes(def.type)) {
    return <Choices {...props} />;
  }
  return <TextEditor {...props} />;
}

function TextEditor({
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
