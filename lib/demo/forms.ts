/**
 * The demo applications' forms (附件1), written by the same form builders as the form zoo
 * (lib/forms) from each application's facts, in the layout closest to each notice's own form.
 */
import type { GeneratedDocument } from '../docgen/document';
import type { Person } from '../facts/standard';
import { liaoningForm } from '../forms/liaoning';
import { yueyangVocabulary } from '../forms/specs';
import { BASE_VARIANT, MARK_STYLES, type Variant } from '../forms/variant';
import { yueyangForm } from '../forms/yueyang';
import type { DemoApplication } from './types';

const LIAONING: Variant = { ...BASE_VARIANT, marks: MARK_STYLES.squareAfter! };
// pdf-lib's font (Noto Sans SC) has no ☑: the demo ticks with ■ as many real forms do.
const YUEYANG: Variant = { ...BASE_VARIANT, marks: MARK_STYLES.squareAfter!, lists: 'prose' };

export function liaoningDemoForm(app: DemoApplication): GeneratedDocument {
  const f = app.facts;
  const host: Person = f.host?.[0] ?? { name: '—' };
  return liaoningForm(
    {
      projectName: f.projectName ?? app.title,
      category: f.category ?? '',
      direction: f.direction ?? '',
      leadUnit: f.leadUnit ?? '',
      recommendingBody: f.recommendingBody ?? '',
      region: f.memberUnits?.[0]?.region ?? '',
      members: f.memberUnits ?? [],
      practiceStart: f.practiceStart ?? '2020-01',
      typicalCases: f.typicalCases ?? 0,
      existingCases: f.existingCases ?? [],
      outcomes: f.expectedOutcomes ?? { researchReport: true, guide: false },
      host,
      core: f.coreMembers ?? [],
    },
    LIAONING,
  ).doc;
}

export function yueyangDemoForm(app: DemoApplication): GeneratedDocument {
  const f = app.facts;
  const vocab = yueyangVocabulary();
  const codes = vocab.qualifications.map((q) => q.value);
  return yueyangForm(
    {
      projectName: f.projectName ?? app.title,
      leadUnit: f.leadUnit ?? '',
      recommendingBody: f.recommendingBody ?? '',
      stages: f.stages ?? [],
      gradeVolumes: f.gradeVolumes ?? [],
      researchCategory: f.researchCategory ?? '',
      host: f.host?.[0] ?? { name: '—' },
      counselors: f.counselors ?? [],
      advisors: f.advisors ?? [],
      core: f.coreMembers ?? [],
      reviewers: f.resourceReviewers ?? [],
      qualifications: (f.hostQualifications ?? [])
        .map((q) => codes.indexOf(q))
        .filter((i) => i >= 0),
      annualTarget: f.annualResourceTarget ?? 0,
    },
    YUEYANG,
    vocab,
  ).doc;
}
