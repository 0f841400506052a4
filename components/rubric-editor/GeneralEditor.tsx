/** The pack's id, revision, name and description. */
import { useTranslation } from 'react-i18next';
import { asString, useValue } from './EditorContext';
import { LocalTextField } from './LocalTextField';
import { TextField } from './TextFields';

export function GeneralEditor() {
  const { t } = useTranslation('rubricEditor');
  const revision = asString(useValue(['revision']));
  return (
    <>
      <div className="row">
        <TextField at={['id']} label={t('general.id')} help={t('general.idHelp')} />
        <p className="field">
          <span className="field-label">{t('general.revision')}</span>
          <span>{revision}</span>
        </p>
      </div>
      <LocalTextField at={['title']} label={t('general.title')} />
      <LocalTextField at={['description']} label={t('general.description')} optional multiline />
    </>
  );
}
