/**
 * What other parts of the draft can be chosen from (facts, clauses, levels), for the selects of
 * rules, criteria and columns. Read defensively: the draft may be any JSON. Each list is
 * subscribed to on its own, so editing a rule does not re-render every fact select.
 */
import { useMemo } from 'react';
import { type LocalText, pickText } from '@/lib/rubric';
import { asArray, asObject, asString, useValue } from './EditorContext';

export interface Ref {
  id: string;
  type: string;
  label: string;
}

function refs(
  list: unknown,
  label: (item: Record<string, unknown>) => unknown,
  language: string,
): Ref[] {
  return asArray(list).map((item) => {
    const o = asObject(item);
    const text = asObject(label(o));
    return {
      id: asString(o.id),
      type: asString(o.type),
      label: typeof text.zh === 'string' ? pickText(text as unknown as LocalText, language) : '',
    };
  });
}

export function usePackRefs(language: string) {
  const facts = useValue(['facts']);
  const clauses = useValue(['call', 'clauses']);
  const levels = useValue(['scoring', 'levels']);
  return useMemo(
    () => ({
      facts: refs(facts, (o) => o.label, language),
      clauses: asArray(clauses).map((item) => {
        const o = asObject(item);
        return { id: asString(o.id), type: '', label: asString(o.number) };
      }),
      levels: refs(levels, (o) => o.label, language),
    }),
    [facts, clauses, levels, language],
  );
}
