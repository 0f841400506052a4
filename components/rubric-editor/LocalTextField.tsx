/**
 * Text a pack author writes in both languages ({zh, en}): Chinese required, English optional.
 * An optional text with both left empty is removed, so a pack never holds `{zh: ""}` by accident.
 */
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '@/lib/rubric';
import { asObject, asString, useField } from './EditorContext';
import { describedBy, FieldProblems } from './FieldShell';

interface Props {
  at: readonly PathSegment[];
  label: string;
  optional?: boolean;
  multiline?: boolean;
}

export function LocalTextField({ at, label, optional, multiline }: Props) {
  const { t } = useTranslation('rubricEditor');
  const group = useField(at);
  const text = asObject(group.value);
  const change = (lang: 'zh' | 'en', value: string) => {
    const next: Record<string, unknown> = { ...text, [lang]: value };
    if (lang === 'en' && value === '') delete next.en;
    const empty = asString(next.zh) === '' && next.en === undefined;
    group.set(optional && empty && Object.keys(next).length <= 2 ? undefined : next);
  };
  return (
    <fieldset
      id={group.id}
      tabIndex={-1}
      className={group.invalid ? 'local-text field-wide field-invalid' : 'local-text field-wide'}
    >
      <legend>
        {label}
        {optional ? <span className="muted">{t('optional')}</span> : null}
      </legend>
      <div className="local-text-row">
        <LangInput
          at={[...at, 'zh']}
          lang="zh"
          label={label}
          multiline={multiline}
          onText={change}
        />
        <LangInput
          at={[...at, 'en']}
          lang="en"
          label={label}
          multiline={multiline}
          onText={change}
        />
      </div>
      <FieldProblems id={group.errorId} problems={group.problems} />
    </fieldset>
  );
}

function LangInput({
  at,
  lang,
  label,
  multiline,
  onText,
}: {
  at: readonly PathSegment[];
  lang: 'zh' | 'en';
  label: string;
  multiline: boolean | undefined;
  onText: (lang: 'zh' | 'en', value: string) => void;
}) {
  const { t } = useTranslation('rubricEditor');
  const f = useField(at);
  const props = {
    id: f.id,
    value: asString(f.value),
    lang: lang === 'zh' ? 'zh-CN' : 'en',
    'aria-label': `${label} · ${t(`lang.${lang}`)}`,
    onChange: (e: { target: { value: string } }) => onText(lang, e.target.value),
    ...describedBy(f.id, f.errorId, undefined, f.invalid),
  };
  return (
    <div className={f.invalid ? 'field field-invalid' : 'field'}>
      <span className="lang-tag" aria-hidden="true">
        {t(`lang.${lang}`)}
      </span>
      {multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}
      <FieldProblems id={f.errorId} problems={f.problems} />
    </div>
  );
}
