/**
 * Checking a signed opinion PDF or a result bundle dropped on the page (lib/sign SPEC V1–V6): the
 * same verifier and the same report lines as `review-desk verify`, worded in the page's language.
 * Like `--ca`, a panel CA certificate can be given to pin the panel. Nothing leaves the device.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certificatesFromText, parseCertificate } from '@/lib/sign/certificates';
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
  const [ca, setCa] = useState<{ name: string; der: Uint8Array } | null>(null);
  const [caError, setCaError] = useState<unknown>(null);
  // The last file checked, so choosing a CA afterwards checks it again against that CA.
  const last = useRef<File | null>(null);
  const check = async (file: File, pinned = ca) => {
    last.current = file;
    setState({ phase: 'checking', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const report = await verifyFile(bytes, pinned ? { ca: pinned.der } : {}, file.name);
      setState({ phase: 'done', name: file.name, report });
    } catch (error) {
      setState({ phase: 'error', name: file.name, error });
    }
  };
  const pickCa = async (file: File) => {
    setCaError(null);
    try {
      const [der] = certificatesFromText(await file.text());
      // Read it now, so a wrong file is named here rather than as a failed check later.
      parseCertificate(der!);
      const pinned = { name: file.name, der: der! };
      setCa(pinned);
      if (last.current) await check(last.current, pinned);
    } catch (error) {
      setCa(null);
      setCaError(error);
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
      <FilePick
        label={t('ui.verify.ca')}
        pickLabel={t('ui.verify.pick')}
        accept=".pem,.crt,.cer,application/x-pem-file"
        onFile={pickCa}
        testId="verify-ca"
        chosen={ca?.name ?? null}
      />
      {caError ? <ErrorNotice error={caError} /> : null}
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
