/** Start a panel on this device: its name, the call's rubric, and who chairs it (this user). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricPack } from '@/lib/rubric';
import { pickText } from '@/lib/rubric/messages';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useWatched, useWorkspace } from './WorkspaceContext';

export function NewPanelForm() {
  const { t, i18n } = useTranslation('workspace');
  // The packs of the rubric library (built-in first, then the user's own) as soon as they load.
  const workspace = useWorkspace();
  const library = useWatched(workspace.stores.library.watch, [workspace]).value;
  const packs: RubricPack[] = (library ?? []).flatMap((entry) =>
    entry.kind === 'damaged' ? [] : [entry.pack],
  );
  const [name, setName] = useState('');
  const [picked, setPackId] = useState('');
  const packId = packs.some((p) => p.id === picked) ? picked : (packs[0]?.id ?? '');
  const [chair, setChair] = useState('');
  const [unit, setUnit] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const pack = packs.find((p) => p.id === packId);
    if (!pack || !name.trim() || !chair.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const { panel } = await workspace.createPanel({
        name: name.trim(),
        pack,
        chair: { name: chair.trim(), unit: unit.trim() },
      });
      window.location.hash = href.panel(panel.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card-form" onSubmit={submit} data-testid="new-panel-form">
      <h2>{t('newPanel.title')}</h2>
      <label>
        <span>{t('newPanel.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <label>
        <span>{t('newPanel.rubric')}</span>
        <select
          value={packId}
          onChange={(e) => setPackId(e.target.value)}
          disabled={!library}
          data-testid="new-panel-rubric"
        >
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {pickText(p.title, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('newPanel.chair')}</span>
        <input value={chair} onChange={(e) => setChair(e.target.value)} required maxLength={100} />
      </label>
      <label>
        <span>{t('newPanel.unit')}</span>
        <input value={unit} onChange={(e) => setUnit(e.target.value)} maxLength={200} />
      </label>
      <button type="submit" className="primary" disabled={busy || !packId}>
        {t('newPanel.create')}
      </button>
      {error ? <ErrorNotice error={error} /> : null}
    </form>
  );
}
