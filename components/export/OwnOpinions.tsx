/**
 * A member's own 专家评审意见 on each application they submitted, signed on this device with its
 * key under the certificate the chair's device issued; until that certificate arrives, it says so.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId, PanelId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import { exportOwnOpinion, hasOwnCertificate } from '@/lib/workspace/exports';
import { usePanelValue, usePanelVersion } from '../hooks/usePanelValue';
import { downloadFile } from '../shell/download';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { exportLanguage, loadFonts } from './files';

export function OwnOpinions({ panel }: { panel: Panel }) {
  const { t, i18n } = useTranslation('export');
  const workspace = useWorkspace();
  const version = usePanelVersion(panel);
  const apps = usePanelValue(panel, (p) =>
    p
      .applications()
      .filter((a) => !a.withdrawn)
      .map((a) => ({
        id: a.id,
        title: a.title,
        submitted: p.myReview(a.id).status === 'submitted',
      })),
  );
  const [certified, setCertified] = useState<boolean | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The certificate may arrive with any change (sync, the chair's device): ask again on each.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal
  useEffect(() => {
    let live = true;
    hasOwnCertificate(workspace, panel.id as PanelId)
      .then((ok) => live && setCertified(ok))
      .catch((err) => live && setError(err));
    return () => {
      live = false;
    };
  }, [panel, version, workspace]);
  const sign = async (app: ApplicationId) => {
    setBusy(app);
    setError(null);
    try {
      const signed = await exportOwnOpinion(workspace, panel.id as PanelId, app, {
        language: exportLanguage(i18n.language),
        fonts: loadFonts,
      });
      downloadFile(signed.fileName, signed.pdf as Uint8Array<ArrayBuffer>, 'application/pdf');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const submitted = apps.filter((a) => a.submitted);
  return (
    <section className="own-opinions" data-testid="own-opinions">
      <h2>{t('ui.ownHeading')}</h2>
      <p className="muted">{t('ui.reviewerIntro')}</p>
      {certified === false && <p className="notice">{t('ui.waitingCertificate')}</p>}
      {error ? <ErrorNotice error={error} /> : null}
      {submitted.length === 0 && <p className="muted">{t('ui.noneSubmitted')}</p>}
      <ul className="export-files">
        {apps.map((app) => (
          <li key={app.id}>
            <span>{app.title}</span>
            {app.submitted ? (
              <button
                type="button"
                disabled={!certified || busy !== null}
                onClick={() => sign(app.id)}
                data-testid={`own-sign-${app.id}`}
              >
                {busy === app.id ? t('ui.signing') : t('ui.sign')}
              </button>
            ) : (
              <span className="muted">{t('ui.notSubmitted')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
