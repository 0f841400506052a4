/**
 * Scoring: the levels (优秀/良好/合格/不合格), sections of criteria, how the total is computed
 * (with optional bands of the total) and when reviewers' totals diverge.
 */
import { useTranslation } from 'react-i18next';
import { BandsEditor } from './BandsEditor';
import { SelectField } from './ChoiceFields';
import { CriterionEditor } from './CriterionEditor';
import { newCriterion, newLevel, newSection } from './defaults';
import { Group } from './Group';
import { ListEditor } from './ListEditor';
import { LocalTextField } from './LocalTextField';
import { NumberField } from './NumberField';
import { titled } from './RulesEditor';
import { TextField } from './TextFields';

export function ScoringEditor() {
  const { t, i18n } = useTranslation('rubricEditor');
  const at = ['scoring'];
  return (
    <>
      <ListEditor
        at={[...at, 'levels']}
        legend={t('scoring.levels')}
        addLabel={t('scoring.addLevel')}
        newItem={newLevel}
        ordered
        summary={(item) => titled(item, i18n.language, 'label')}
      >
        {(levelAt) => (
          <>
            <TextField at={[...levelAt, 'id']} label={t('scoring.levelId')} />
            <LocalTextField at={[...levelAt, 'label']} label={t('scoring.levelLabel')} />
            <LocalTextField
              at={[...levelAt, 'descriptor']}
              label={t('scoring.levelDescriptor')}
              optional
            />
          </>
        )}
      </ListEditor>
      <ListEditor
        at={[...at, 'sections']}
        legend={t('scoring.sections')}
        addLabel={t('scoring.addSection')}
        newItem={newSection}
        ordered
        collapsible
        summary={(item) => titled(item, i18n.language)}
      >
        {(sectionAt) => (
          <>
            <TextField at={[...sectionAt, 'id']} label={t('scoring.sectionId')} />
            <LocalTextField at={[...sectionAt, 'title']} label={t('scoring.sectionTitle')} />
            <ListEditor
              at={[...sectionAt, 'criteria']}
              legend={t('scoring.criteria')}
              addLabel={t('scoring.addCriterion')}
              newItem={newCriterion}
              ordered
              collapsible
              summary={(item) => titled(item, i18n.language)}
            >
              {(criterionAt) => <CriterionEditor at={criterionAt} />}
            </ListEditor>
          </>
        )}
      </ListEditor>
      <Group at={[...at, 'total']} legend={t('scoring.total')}>
        <div className="row">
          <SelectField
            at={[...at, 'total', 'method']}
            label={t('scoring.method')}
            choices={(['sum', 'weighted'] as const).map((m) => ({
              value: m,
              label: t(`scoring.methods.${m}`),
            }))}
          />
          <NumberField at={[...at, 'total', 'max']} label={t('scoring.totalMax')} />
        </div>
        <BandsEditor at={[...at, 'total', 'bands']} legend={t('scoring.totalBands')} />
      </Group>
      <Group at={[...at, 'divergence']} legend={t('scoring.divergence')}>
        <div className="row">
          <SelectField
            at={[...at, 'divergence', 'measure']}
            label={t('scoring.measure')}
            choices={(['range', 'stdev'] as const).map((m) => ({
              value: m,
              label: t(`scoring.measures.${m}`),
            }))}
          />
          <NumberField at={[...at, 'divergence', 'threshold']} label={t('scoring.threshold')} />
        </div>
      </Group>
    </>
  );
}
