/** The call: its notice (title, issuer, reference, dates) and the clauses rules cite. */
import { useTranslation } from 'react-i18next';
import { newClause } from './defaults';
import { asObject, asString } from './EditorContext';
import { ListEditor } from './ListEditor';
import { TextField } from './TextFields';

export function CallEditor() {
  const { t } = useTranslation('rubricEditor');
  return (
    <>
      <TextField at={['call', 'title']} label={t('call.title')} wide />
      <div className="row">
        <TextField at={['call', 'issuer']} label={t('call.issuer')} />
        <TextField at={['call', 'reference']} label={t('call.reference')} optional />
        <TextField at={['call', 'noticeDate']} label={t('call.noticeDate')} />
        <TextField at={['call', 'deadline']} label={t('call.deadline')} />
      </div>
      <ListEditor
        at={['call', 'clauses']}
        legend={t('call.clauses')}
        addLabel={t('call.addClause')}
        newItem={newClause}
        collapsible
        summary={(item) => {
          const c = asObject(item);
          return `${asString(c.id)} · ${asString(c.number)} · ${asString(c.text).slice(0, 40)}`;
        }}
      >
        {(at) => (
          <>
            <div className="row">
              <TextField at={[...at, 'id']} label={t('call.clauseId')} />
              <TextField at={[...at, 'number']} label={t('call.clauseNumber')} />
            </div>
            <TextField at={[...at, 'text']} label={t('call.clauseText')} multiline />
          </>
        )}
      </ListEditor>
    </>
  );
}
