/** What an annotation can be evidence for: the pack's scoring criteria and facts, labelled. */
import type { EvidenceTarget } from '@/lib/annotations/store';
import { allCriteria, pickText, type RubricPack } from '@/lib/rubric';

export function evidenceTargets(pack: RubricPack, language: string): EvidenceTarget[] {
  return [
    ...allCriteria(pack.scoring).map((c) => ({
      kind: 'criterion' as const,
      id: c.id,
      label: pickText(c.title, language),
    })),
    ...pack.facts
      .filter((f) => !f.derive)
      .map((f) => ({ kind: 'fact' as const, id: f.id, label: pickText(f.label, language) })),
  ];
}
