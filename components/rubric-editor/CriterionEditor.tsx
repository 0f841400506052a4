/** One scored criterion: points, step, weight, the comment threshold and its bands. */
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '@/lib/rubric';
import { BandsEditor } from './BandsEditor';
import { ClauseSelect } from './ChoiceFields';
import { LocalTextField } from './LocalTextField';
import { NumberField } from './NumberField';
import { TextField } from './TextFields';

export function CriterionEditor({ at }: { at: PathSegment[] }) {
  const { t } = useTranslation('rubricEditor');
  return (
    <>
      <div className="row">
        <TextField at={[...at, 'id']} label={t('scoring.criterionId')} />
        <ClauseSelect at={[...at, 'clause']} label={t('scoring.clause')} optional />
      </div>
      <LocalTextField at={[...at, 'title']} label={t('scoring.criterionTitle')} />
      <LocalTextField at={[...at, 'guidance']} label={t('scoring.guidance')} optional multiline />
      <div className="row">
        <NumberField at={[...at, 'max']} label={t('scoring.max')} />
        <NumberField at={[...at, 'step']} label={t('scoring.step')} />
        <NumberField at={[...at, 'weight']} label={t('scoring.weight')} optional />
        <NumberField at={[...at, 'commentBelow']} label={t('scoring.commentBelow')} optional />
        <NumberField
          at={[...at, 'divergenceThreshold']}
          label={t('scoring.divergenceThreshold')}
          optional
        />
      </div>
      <BandsEditor at={[...at, 'bands']} legend={t('scoring.bands')} />
    </>
  );
}
