/**
 * What the panel produces: the 专家评审意见 template (with its placeholders) and the summary
 * table (汇总表), whose columns are ordered and each mapped to a fact or a review result.
 */
import { useTranslation } from 'react-i18next';
import { OPINION_PLACEHOLDERS, type PathSegment } from '@/lib/rubric';
import { FactSelect, SelectField } from './ChoiceFields';
import { columnSourceOfKind, newColumn } from './defaults';
import { asObject, asString, useEditor } from './EditorContext';
import { ListEditor } from './ListEditor';
import { LocalTextField } from './LocalTextField';
import { titled } from './RulesEditor';
import { TextField } from './TextFields';

const SOURCES = ['index', 'fact', 'count', 'result', 'blank'] as const;
const FIELDS = ['name', 'subject', 'duty', 'title', 'unit', 'phone', 'region', 'type'] as const;
const RESULTS = ['eligible', 'total', 'level', 'verdict'] as const;

export function OpinionEditor() {
  const { t } = useTranslation('rubricEditor');
  const list = [...OPINION_PLACEHOLDERS.map((p) => `{{${p}}}`), '{{fact.…}}'].join(' ');
  return (
    <>
      <LocalTextField at={['opinion', 'template']} label={t('opinion.template')} multiline />
      <p className="field-help">
        {t('opinion.placeholders', { list, interpolation: { escapeValue: false } })}
      </p>
    </>
  );
}

export function SummaryEditor() {
  const { t, i18n } = useTranslation('rubricEditor');
  return (
    <>
      <LocalTextField at={['summary', 'title']} label={t('summary.title')} />
      <ListEditor
        at={['summary', 'columns']}
        legend={t('summary.columns')}
        addLabel={t('summary.addColumn')}
        newItem={newColumn}
        ordered
        collapsible
        summary={(item, i) => {
          const kind = asString(asObject(asObject(item).source).kind);
          return `${i + 1}. ${titled(item, i18n.language, 'label')} · ${t(`summary.sources.${kind}`, { defaultValue: '?' })}`;
        }}
      >
        {(at, item) => <ColumnEditor at={at} source={asObject(asObject(item).source)} />}
      </ListEditor>
    </>
  );
}

function ColumnEditor({ at, source }: { at: PathSegment[]; source: Record<string, unknown> }) {
  const { t } = useTranslation('rubricEditor');
  const api = useEditor();
  const kind = asString(source.kind);
  const sourceAt = [...at, 'source'];
  return (
    <>
      <div className="row">
        <TextField at={[...at, 'id']} label={t('summary.columnId')} />
        <SelectField
          at={[...sourceAt, 'kind']}
          label={t('summary.source')}
          choices={SOURCES.map((s) => ({ value: s, label: t(`summary.sources.${s}`) }))}
          onChoose={(next) => api.set(sourceAt, columnSourceOfKind(next, source))}
        />
      </div>
      <LocalTextField at={[...at, 'label']} label={t('summary.columnLabel')} />
      <div className="row">
        {kind === 'fact' || kind === 'count' ? (
          <FactSelect at={[...sourceAt, 'fact']} label={t('conditions.fact')} />
        ) : null}
        {kind === 'fact' ? (
          <>
            <SelectField
              at={[...sourceAt, 'field']}
              label={t('summary.field')}
              optional
              choices={FIELDS.map((f) => ({ value: f, label: t(`summary.fields.${f}`) }))}
            />
            <SelectField
              at={[...sourceAt, 'pick']}
              label={t('summary.pick')}
              optional
              choices={(['first', 'all'] as const).map((p) => ({
                value: p,
                label: t(`summary.picks.${p}`),
              }))}
            />
          </>
        ) : null}
        {kind === 'result' ? (
          <SelectField
            at={[...sourceAt, 'result']}
            label={t('summary.result')}
            choices={RESULTS.map((r) => ({ value: r, label: t(`summary.results.${r}`) }))}
          />
        ) : null}
      </div>
    </>
  );
}
