/**
 * The raw JSON of the pack for power users: edited as text, checked as it is typed (syntax first,
 * then the same validation as the form). Escape takes back text that does not parse yet.
 */
import { useTranslation } from 'react-i18next';
import type { JsonSyntaxError } from '@/lib/rubric-library';

export function JsonTab({
  text,
  error,
  readOnly,
  onText,
  onReset,
}: {
  text: string;
  error: JsonSyntaxError | null;
  readOnly: boolean;
  onText: (text: string) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('rubricEditor');
  return (
    <div className="json-tab">
      <label htmlFor="rubric-json">{t('json.label')}</label>
      <p className="field-help" id="rubric-json-help">
        {t('json.help')}
      </p>
      <textarea
        id="rubric-json"
        className="json-text"
        spellCheck={false}
        readOnly={readOnly}
        value={text}
        aria-invalid={error !== null || undefined}
        aria-describedby={error ? 'rubric-json-help rubric-json-error' : 'rubric-json-help'}
        onChange={(e) => onText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && error) {
            e.preventDefault();
            onReset();
          }
        }}
      />
      {error ? (
        <p className="field-problems" id="rubric-json-error" role="alert">
          {error.line === undefined
            ? t('json.syntaxAtEnd', { detail: error.detail })
            : t('json.syntax', { line: error.line, column: error.column, detail: error.detail })}
        </p>
      ) : null}
    </div>
  );
}
