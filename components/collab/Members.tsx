/**
 * The panel's members. The chair invites (the invitation file downloads, to be sent to the
 * member) and removes members; a removed member is refused by the relay from then on.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenFileName } from '@/lib/identity/token-file';
import type { MemberId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import { createInvitation, invitationFileName } from '@/lib/workspace/invitations';
import { reissueToken } from '@/lib/workspace/token-reissue';
import { usePanelValue } from '../hooks/usePanelValue';
import { downloadFile } from '../shell/download';
import { ErrorNotice } from '../shell/ErrorNotice';

function InviteForm({ panel, onError }: { panel: Panel; onError: (e: unknown) => void }) {
  const { t } = useTranslation('collab');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [role, setRole] = useState<'reviewer' | 'observer'>('reviewer');
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    try {
      const invitation = await createInvitation(panel, {
        name: name.trim(),
        unit: unit.trim(),
        role,
      });
      downloadFile(
        invitationFileName(invitation),
        `${JSON.stringify(invitation, null, 2)}\n`,
        'application/json',
      );
      setName('');
      setUnit('');
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={submit} data-testid="invite-form">
      <input
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder={t('members.name')}
        aria-label={t('members.name')}
        maxLength={100}
        required
      />
      <input
        value={unit}
        onChange={(e) => setUnit(e.target.value)}
        placeholder={t('members.unit')}
        aria-label={t('members.unit')}
        maxLength={200}
      />
      <select
        value={role}
        onChange={(e) => setRole(e.target.value as 'reviewer' | 'observer')}
        aria-label={t('members.role')}
      >
        <option value="reviewer">{t('roles.reviewer')}</option>
        <option value="observer">{t('roles.observer')}</option>
      </select>
      <button type="submit" disabled={busy}>
        {t('members.invite')}
      </button>
    </form>
  );
}

export function Members({ panel }: { panel: Panel }) {
  const { t } = useTranslation('collab');
  const members = usePanelValue(panel, (p) => p.members());
  const me = usePanelValue(panel, (p) => p.me());
  const [error, setError] = useState<unknown>(null);
  const remove = (id: MemberId, name: string) => {
    if (!window.confirm(t('members.confirmRemove', { name }))) return;
    panel.removeMember(id).catch(setError);
  };
  const [notice, setNotice] = useState<string | null>(null);
  const reissue = async (id: MemberId, name: string) => {
    if (!window.confirm(t('members.confirmReissue', { name }))) return;
    setNotice(null);
    try {
      const file = await reissueToken(panel, id);
      downloadFile(tokenFileName(file), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
      setNotice(t('members.reissued', { name }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="collab-block" data-testid="members">
      <h3>{t('members.title')}</h3>
      <ul className="member-list">
        {members.map((m) => (
          <li key={m.id} className={m.removed ? 'removed' : undefined} data-member={m.name}>
            <span>{m.name}</span>
            {m.unit && <span className="muted"> · {m.unit}</span>}
            <span className="chip">{t(`roles.${m.role}`)}</span>
            {m.removed && <span className="chip chip-fail">{t('members.removed')}</span>}
            {me.role === 'chair' && !m.removed && m.role !== 'chair' && (
              <>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void reissue(m.id, m.name)}
                  data-testid="member-reissue"
                >
                  {t('members.reissue')}
                </button>
                <button type="button" className="link-button" onClick={() => remove(m.id, m.name)}>
                  {t('members.remove')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {me.role === 'chair' && <InviteForm panel={panel} onError={setError} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
