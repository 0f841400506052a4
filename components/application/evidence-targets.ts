/** What an annotation can be evidence for: the pack's scoring criteria (by section) and facts. */
import type { EvidenceTarget } from '@/lib/annotations/store';
import { pickText, type RubricPack } from '@/lib/rubric';

export function evidenceTargets(pack: RubricPack, language: string): EvidenceTarget[] {
  return [
    ...pack.scoring.sections.flatMap((section) =>
      section.criteria.map((c) => ({
        kind: 'criterion' as const,
        id: c.id,
        label: pickText(c.title, language),
        group: pickText(section.title, language),
      })),
    ),
    ...pack.facts
      .filter((f) => !f.derive)
      .map((f) => ({ kind: 'fact' as const, id: f.id, label: pickText(f.label, language) })),
  ];
}
