/**
 * Which criteria and facts an annotation is evidence for: the pack's long list grouped (criteria
 * by scoring section, then facts) with a search box, and what is linked shown first.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceTarget } from '@/lib/annotations/store';
import { foldText } from '@/lib/annotations/text-fold';

/** Past this many choices a search box helps. */
const SEARCH_FROM = 8;

const keyOf = (t: EvidenceTarget) => `${t.kind}:${t.id}`;

export function EvidenceChooser({
  targets,
  isLinked,
  onChange,
}: {
  targets: readonly EvidenceTarget[];
  isLinked: (target: EvidenceTarget) => boolean;
  onChange: (target: EvidenceTarget, linked: boolean) => void;
}) {
  const { t } = useTranslation('evidence');
  const [query, setQuery] = useState('');
  const searchId = useId();
  const folded = foldText(query).text;
  const linked = targets.filter(isLinked);
  const groups = useMemo(() => {
    const map = new Map<string, { title: string; items: EvidenceTarget[] }>();
    for (const target of targets) {
      if (folded && !foldText(target.label).text.includes(folded)) continue;
      const kind = t(`kinds.${target.kind}`);
      const key = `${target.kind}:${target.group ?? ''}`;
      const title = target.group ? t('group', { kind, group: target.group }) : kind;
      const group = map.get(key) ?? { title, items: [] };
      group.items.push(target);
      map.set(key, group);
    }
    return [...map.entries()];
  }, [targets, folded, t]);

  return (
    <fieldset className="pdf-field evidence-chooser" data-testid="evidence-chooser">
      <legend>{t('title', { count: linked.length })}</legend>
      {linked.length > 0 && (
        <ul className="evidence-linked" aria-label={t('linked')}>
          {linked.map((target) => (
            <li key={keyOf(target)} className="chip chip-ok">
              {target.label}
            </li>
          ))}
        </ul>
      )}
      {targets.length >= SEARCH_FROM && (
        <>
          <label htmlFor={searchId} className="visually-hidden">
            {t('search')}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('search')}
            data-testid="evidence-search"
            onChange={(e) => setQuery(e.target.value)}
          />
        </>
      )}
      {groups.map(([key, group]) => (
        <fieldset key={key} className="evidence-group">
          <legend className="evidence-group-title">{group.title}</legend>
          {group.items.map((target) => (
            <label key={keyOf(target)} className="check">
              <input
                type="checkbox"
                checked={isLinked(target)}
                onChange={(e) => onChange(target, e.target.checked)}
              />
              <span>{target.label}</span>
            </label>
          ))}
        </fieldset>
      ))}
      {groups.length === 0 && <p className="muted">{t('noMatch', { query })}</p>}
    </fieldset>
  );
}
