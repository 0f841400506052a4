/** Who changed what and when on this application, newest first, overwritten values included. */
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '@/lib/panel/history';
import { findCriterion, pickText, type RubricPack } from '@/lib/rubric';
import { usePanelValue } from '../hooks/usePanelValue';
import { useReviewContext } from './ReviewContext';

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return '∅';
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

type Translate = (k: string, o?: Record<string, unknown>) => string;

/** A reader's name for what changed: "评分 · 团队构成", "事实 · 核心成员", "附件 a1b2c3…". */
function fieldLabel(item: HistoryItem, pack: RubricPack, lang: string, t: Translate): string {
  const field = item.field;
  if (field.kind === 'cell') {
    const cell = field.field;
    const kind = t(`history.cells.${cell.type}`);
    if (cell.type === 'score' || (cell.type === 'comment' && cell.criterion)) {
      const c = findCriterion(pack.scoring, cell.criterion as string);
      return `${kind} · ${c ? pickText(c.title, lang) : cell.criterion}`;
    }
    if (cell.type === 'fact') {
      const f = pack.facts.find((x) => x.id === cell.fact);
      return `${kind} · ${f ? pickText(f.label, lang) : cell.fact}`;
    }
    if (cell.type === 'verdict') return `${kind} · ${cell.rule}`;
    if (cell.type === 'evidence') {
      // The link's target is in its (sealed) value, not in its key (SPEC S7).
      const target = (item.new as { target?: string } | undefined)?.target;
      return target ? `${kind} · ${target}` : kind;
    }
    return kind;
  }
  if (field.kind === 'file') return `${t('history.kinds.file')} ${field.hash.slice(0, 8)}…`;
  return t(`history.kinds.${field.kind}`);
}

export function HistoryTab() {
  const { t, i18n } = useTranslation('review');
  const { panel, applicationId, pack } = useReviewContext();
  const items = usePanelValue(
    panel,
    (p) => [...p.history(applicationId)].sort((a, b) => b.at - a.at),
    [applicationId],
  );
  const names = usePanelValue(
    panel,
    (p) => new Map(p.members().map((m) => [m.id as string, m.name])),
  );
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  if (items.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <table className="table history-table" data-testid="history">
      <thead>
        <tr>
          <th>{t('history.when')}</th>
          <th>{t('history.who')}</th>
          <th>{t('history.what')}</th>
          <th>{t('history.change')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr
            key={`${item.key}:${item.at}:${item.by}`}
            className={item.overwritten ? 'overwritten' : undefined}
          >
            <td>{time.format(item.at)}</td>
            <td>{names.get(item.by) ?? item.by}</td>
            <td>{fieldLabel(item, pack, i18n.language, t)}</td>
            <td>
              {item.readable ? `${show(item.old)} → ${show(item.new)}` : t('history.sealed')}
              {item.overwritten && <span className="chip">{t('history.overwritten')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
