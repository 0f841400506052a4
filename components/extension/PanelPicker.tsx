/** Which panel captures, the popup and the side panel work in: the active panel, switchable. */
import { useTranslation } from 'react-i18next';
import type { PanelId } from '@/lib/ids';
import { usePanels } from '../hooks/useWorkspace';
import { useStores } from '../workspace/WorkspaceContext';

export function PanelPicker({ value }: { value: PanelId | null | undefined }) {
  const stores = useStores();
  const { t } = useTranslation('extension');
  const panels = usePanels();
  if (!panels || value === undefined) return null;
  if (panels.length === 0) return <p className="muted">{t('noPanels')}</p>;
  return (
    <label className="ext-field">
      <span>{t('activePanel')}</span>
      <select
        value={value ?? ''}
        onChange={(e) => void stores.active.set(e.target.value as PanelId)}
        data-testid="active-panel"
      >
        {panels.map((p) => (
          <option key={p.id} value={p.id}>
            {p.demo ? t('demoName', { name: p.name }) : p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
