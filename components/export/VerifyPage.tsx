/**
 * Checking a signed opinion PDF or a result bundle dropped on the page (lib/sign SPEC V1–V6): the
 * same verifier and the same report lines as `review-desk verify`, worded in the page's language.
 * Nothing leaves the device.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyFile } from '@/lib/sign/verify';
import { reportLines, type VerifyReport } from '@/lib/sign/verify-report';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { FilePick } from './FilePick';
import './export.css';

type State =
  | { phase: 'idle' }
  | { phase: 'checking'; name: string }
  | { phase: 'done'; name: string; report: VerifyReport }
  | { phase: 'error'; name: string; error: unknown };

export function VerifyPage() {
  const { t, i18n } = useTranslation('sign');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const check = async (file: File) => {
    setState({ phase: 'checking', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const report = await verifyFile(bytes, {}, file.name);
      setState({ phase: 'done', name: file.name, report });
    } catch (error) {
      setState({ phase: 'error', name: file.name, error });
    }
  };
  const lines =
    state.phase === 'done'
      ? reportLines(state.report, (key, params) => i18n.t(key, params) as string, i18n.language)
      : [];
  return (
    <section className="page export-page">
      <nav className="breadcrumbs">
        <a href={href.workspace()}>{t('workspace:title')}</a>
      </nav>
      <h1>{t('ui.verify.title')}</h1>
      <p className="muted">{t('ui.verify.intro')}</p>
      <FilePick
        label={t('ui.verify.drop')}
        pickLabel={t('ui.verify.pick')}
        accept="application/pdf,.pdf,application/json,.json"
        onFile={check}
        testId="verify-drop"
        chosen={state.phase === 'idle' ? null : state.name}
      />
      {state.phase === 'checking' && (
        <p className="muted" role="status">
          {t('ui.verify.checking', { name: state.name })}
        </p>
      )}
      {state.phase === 'error' && <ErrorNotice error={state.error} />}
      {state.phase === 'done' && (
        <div
          className={`verify-report ${state.report.valid ? 'verify-valid' : 'verify-invalid'}`}
          data-testid="verify-report"
          data-valid={state.report.valid ? 'true' : 'false'}
          role="status"
        >
          <p className="muted">{t('ui.verify.file', { name: state.name })}</p>
          <pre>{lines.join('\n')}</pre>
        </div>
      )}
    </section>
  );
}
