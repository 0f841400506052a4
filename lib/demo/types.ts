/** The shape of the demo workspace: what `review-desk demo` writes and the app loads. */
import type { FactValues } from '../facts/standard';

/** Which rule an application breaks on purpose; absent for applications that should pass. */
export type DemoFlaw =
  | 'memberUnits'
  | 'practiceYears'
  | 'projectName'
  | 'quota'
  | 'typicalCases'
  | 'coreMembers'
  | 'advisors'
  | 'counselors'
  | 'hostQualifications'
  | 'annualResourceTarget'
  | 'duplicateCoreMember';

export interface DemoApplication {
  id: string;
  title: string;
  applicantUnit: string;
  recommendingBody: string;
  /** The name the user sees (as an applicant would name it). */
  fileName: string;
  /** Where the bytes are, relative to the demo folder: ASCII, so every packager accepts it. */
  path: string;
  /** What the PDF says, as the standard facts: the truth extraction is measured against. */
  facts: FactValues;
  flaw?: DemoFlaw;
}

export interface DemoPanel {
  id: string;
  rubricId: 'liaoning-2022-community' | 'yueyang-2023-alliance';
  name: string;
  applications: DemoApplication[];
}

/** `demo.json`: panels and, per application, the file to load beside it. */
export interface DemoManifest {
  version: 1;
  panels: DemoPanel[];
}
