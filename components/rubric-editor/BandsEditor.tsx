/** Point bands: which level each range of points earns, with a descriptor. */
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '@/lib/rubric';
import { SelectField } from './ChoiceFields';
import { newBand } from './defaults';
import { asObject, asString } from './EditorContext';
import { ListEditor } from './ListEditor';
import { LocalTextField } from './LocalTextField';
import { NumberField } from './NumberField';
import { usePackRefs } from './pack-refs';

export function BandsEditor({ at, legend }: { at: PathSegment[]; legend: string }) {
  const { t, i18n } = useTranslation('rubricEditor');
  const { levels } = usePackRefs(i18n.language);
  const choices = levels
    .filter((l) => l.id !== '')
    .map((l) => ({ value: l.id, label: `${l.id} · ${l.label}` }));
  return (
    <ListEditor
      at={at}
      legend={legend}
      addLabel={t('scoring.addBand')}
      newItem={newBand}
      ordered
      summary={(item) => {
        const b = asObject(item);
        return `${asString(b.level)} ${asString(b.min)}–${asString(b.max)}`;
      }}
    >
      {(bandAt) => (
        <>
          <div className="row">
            <SelectField
              at={[...bandAt, 'level']}
              label={t('scoring.bandLevel')}
              choices={choices}
            />
            <NumberField at={[...bandAt, 'min']} label={t('scoring.bandMin')} />
            <NumberField at={[...bandAt, 'max']} label={t('scoring.bandMax')} />
          </div>
          <LocalTextField
            at={[...bandAt, 'descriptor']}
            label={t('scoring.bandDescriptor')}
            optional
          />
        </>
      )}
    </ListEditor>
  );
}
