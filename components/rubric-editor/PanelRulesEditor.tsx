/**
 * Cross-application rules over a whole panel: quotas per class of recommending body (each class
 * recognised by name matchers), a person in only one application, and conflicts of interest.
 */
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '@/lib/rubric';
import { ChecksField, FactChecks, FactSelect, SelectField } from './ChoiceFields';
import { newMatcher, newPanelRule, newQuotaClass, panelRuleOfKind } from './defaults';
import { asObject, asString, useEditor } from './EditorContext';
import { ListEditor } from './ListEditor';
import { LocalTextField } from './LocalTextField';
import { NumberField } from './NumberField';
import { RuleHeader, titled } from './RulesEditor';
import { LinesField, TextField } from './TextFields';

const KINDS = ['quota', 'uniquePeople', 'conflictOfInterest'] as const;
const MATCHERS = ['equals', 'startsWith', 'endsWith', 'contains'] as const;

export function PanelRulesEditor() {
  const { t, i18n } = useTranslation('rubricEditor');
  return (
    <ListEditor
      at={['panelRules']}
      legend={t('sections.panelRules')}
      addLabel={t('panelRules.addPanelRule')}
      newItem={newPanelRule}
      collapsible
      summary={(item) =>
        `${titled(item, i18n.language)} · ${t(`panelRules.kinds.${asString(asObject(item).kind)}`, { defaultValue: '?' })}`
      }
    >
      {(at, item) => <PanelRuleEditor at={at} kind={asString(asObject(item).kind)} />}
    </ListEditor>
  );
}

function PanelRuleEditor({ at, kind }: { at: PathSegment[]; kind: string }) {
  const { t } = useTranslation('rubricEditor');
  const api = useEditor();
  return (
    <>
      <SelectField
        at={[...at, 'kind']}
        label={t('panelRules.kind')}
        choices={KINDS.map((k) => ({ value: k, label: t(`panelRules.kinds.${k}`) }))}
        onChoose={(next) => api.set(at, panelRuleOfKind(next, api.get(at)))}
      />
      <RuleHeader at={at} />
      {kind === 'quota' ? (
        <>
          <FactSelect at={[...at, 'fact']} label={t('panelRules.fact')} types={['text']} />
          <QuotaClasses at={[...at, 'classes']} />
        </>
      ) : null}
      {kind === 'uniquePeople' ? (
        <>
          <FactChecks at={[...at, 'facts']} label={t('panelRules.facts')} types={['people']} />
          <ChecksField
            at={[...at, 'sameWhen']}
            label={t('panelRules.sameWhen')}
            choices={(['unit', 'phone'] as const).map((v) => ({
              value: v,
              label: t(`panelRules.sameWhenOptions.${v}`),
            }))}
          />
        </>
      ) : null}
      {kind === 'conflictOfInterest' ? (
        <FactChecks
          at={[...at, 'facts']}
          label={t('panelRules.facts')}
          types={['text', 'units', 'people']}
        />
      ) : null}
    </>
  );
}

function QuotaClasses({ at }: { at: PathSegment[] }) {
  const { t, i18n } = useTranslation('rubricEditor');
  return (
    <ListEditor
      at={at}
      legend={t('panelRules.classes')}
      addLabel={t('panelRules.addClass')}
      newItem={newQuotaClass}
      ordered
      summary={(item) => titled(item, i18n.language, 'label')}
    >
      {(classAt) => (
        <>
          <div className="row">
            <TextField at={[...classAt, 'id']} label={t('panelRules.classId')} />
            <NumberField at={[...classAt, 'limit']} label={t('panelRules.limit')} />
            <SelectField
              at={[...classAt, 'severity']}
              label={t('panelRules.classSeverity')}
              optional
              choices={(['hard', 'warning'] as const).map((s) => ({
                value: s,
                label: t(`rules.severities.${s}`),
              }))}
            />
          </div>
          <LocalTextField at={[...classAt, 'label']} label={t('panelRules.classLabel')} />
          <ListEditor
            at={[...classAt, 'match']}
            legend={t('panelRules.match')}
            addLabel={t('panelRules.addMatcher')}
            newItem={newMatcher}
            summary={(_item, i) => t('panelRules.matcher', { n: i + 1 })}
          >
            {(matcherAt) => (
              <div className="row">
                {MATCHERS.map((m) => (
                  <LinesField
                    key={m}
                    at={[...matcherAt, m]}
                    label={t(`panelRules.matchers.${m}`)}
                    optional
                  />
                ))}
              </div>
            )}
          </ListEditor>
        </>
      )}
    </ListEditor>
  );
}
