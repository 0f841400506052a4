/**
 * Capture this page: its PDF links with checkboxes, grouped into applications by a rule the user
 * picks (table row, link text, file-name pattern), then imported with a progress bar.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FILE_PATTERN, type GroupRule, groupLinks } from '@/lib/capture/group';
import { candidateLinks } from '@/lib/capture/links';
import type { PageScan } from '@/lib/capture/page-scan';
import type { Panel } from '@/lib/panel/panel';
import type { ExtensionHost } from '@/lib/platform';
import type { RubricPack } from '@/lib/rubric';
import { usePanelValue } from '../hooks/usePanelValue';
import { ErrorNotice } from '../shell/ErrorNotice';
import { Progress } from '../shell/Progress';
import { CaptureReport } from './CaptureReport';
import { useCaptureRun } from './useCaptureRun';

type RuleKind = GroupRule['by'];
const RULES: RuleKind[] = ['row', 'text', 'fileName'];

export function CaptureList({
  host,
  tabId,
  panel,
  pack,
  scan,
}: {
  host: ExtensionHost;
  tabId: number;
  panel: Panel;
  pack: RubricPack;
  scan: PageScan;
}) {
  const { t } = useTranslation('extension');
  const isChair = usePanelValue(panel, (p) => p.me().role === 'chair');
  const candidates = useMemo(() => candidateLinks(scan.links), [scan]);
  const [selected, setSelected] = useState(
    () => new Set(candidates.filter((c) => c.kind === 'pdf').map((c) => c.url)),
  );
  const [by, setBy] = useState<RuleKind>(() => (candidates.some((c) => c.row) ? 'row' : 'text'));
  const [pattern, setPattern] = useState(DEFAULT_FILE_PATTERN);
  const capture = useCaptureRun(panel, pack, host, tabId);

  const grouping = useMemo(() => {
    const rule: GroupRule = by === 'fileName' ? { by, pattern } : { by };
    try {
      return { groups: groupLinks(candidates, rule), error: null };
    } catch (error) {
      return { groups: [], error };
    }
  }, [candidates, by, pattern]);

  const toggle = (url: string) =>
    setSelected((before) => {
      const next = new Set(before);
      if (next.has(url)) next.delete(url);
      else next.add(url);
      return next;
    });

  const chosen = grouping.groups
    .map((g) => ({ ...g, links: g.links.filter((l) => selected.has(l.url)) }))
    .filter((g) => g.links.length > 0);

  if (candidates.length === 0) return <p className="notice">{t('capture.noLinks')}</p>;
  return (
    <div className="capture-list">
      {!isChair && <p className="notice">{t('capture.reviewerNote')}</p>}
      <fieldset className="capture-rule">
        <legend>{t('capture.ruleLegend')}</legend>
        {RULES.map((rule) => (
          <label key={rule}>
            <input
              type="radio"
              name="capture-rule"
              value={rule}
              checked={by === rule}
              onChange={() => setBy(rule)}
              data-testid={`rule-${rule}`}
            />
            {t(`capture.rule.${rule}`)}
          </label>
        ))}
        {by === 'fileName' && (
          <label className="ext-field">
            <span>{t('capture.patternLabel')}</span>
            <input
              value={pattern}
              onChange={(e) => setPattern(e.target.value)}
              spellCheck={false}
              data-testid="rule-pattern"
            />
          </label>
        )}
      </fieldset>
      {grouping.error ? <ErrorNotice error={grouping.error} /> : null}
      <p className="muted">
        {t('capture.summary', { links: selected.size, applications: chosen.length })}
      </p>
      <ol className="capture-groups" data-testid="capture-groups">
        {grouping.groups.map((group) => (
          <li key={group.key} className="card" data-testid="capture-group">
            <strong className="capture-group-title">{group.title}</strong>
            <ul>
              {group.links.map((link) => (
                <li key={link.url}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.has(link.url)}
                      onChange={() => toggle(link.url)}
                      disabled={capture.running}
                    />
                    <span>{link.fileName}</span>
                    {link.kind === 'maybe' && <span className="badge">{t('capture.maybe')}</span>}
                  </label>
                  <span className="muted capture-url">{link.url}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="primary"
        disabled={capture.running || chosen.length === 0 || grouping.error !== null}
        onClick={() => void capture.start(chosen)}
        data-testid="capture-import"
      >
        {t('capture.import', { count: chosen.length })}
      </button>
      {capture.progress && (
        <Progress
          label={t('capture.progress', {
            done: capture.progress.done,
            total: capture.progress.total,
            name: capture.progress.name,
          })}
          value={capture.progress.done}
          max={capture.progress.total || 1}
        />
      )}
      {capture.error ? <ErrorNotice error={capture.error} /> : null}
      {capture.outcome && (
        <CaptureReport
          panel={panel}
          host={host}
          outcome={capture.outcome}
          onRetry={capture.retry}
          busy={capture.running}
        />
      )}
    </div>
  );
}
