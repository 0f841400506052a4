/**
 * Under the panel's name: who you are here and which rubric the panel uses. The role is said once,
 * even when the member's name already carries it (示例专家（组长）).
 */
import { useTranslation } from 'react-i18next';
import { pickText, type RubricPack } from '@/lib/rubric';

export function PanelSummary({
  name,
  role,
  pack,
}: {
  name: string;
  role: 'chair' | 'reviewer' | 'observer';
  pack?: RubricPack;
}) {
  const { t, i18n } = useTranslation('panelPage');
  const roleLabel = t(`workspace:roles.${role}`);
  return (
    <p className="panel-summary" data-testid="panel-summary">
      <span>
        {t('youAre', { name })}
        {!name.includes(roleLabel) && (
          <>
            {' '}
            <span className="chip">{roleLabel}</span>
          </>
        )}
      </span>
      {pack && (
        <span data-testid="panel-rubric">
          {t('rubric')}
          <span className="rubric-name">{pickText(pack.title, i18n.language)}</span>
          {t('rubricId', { id: pack.id })}
        </span>
      )}
    </p>
  );
}
