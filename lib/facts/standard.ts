/**
 * The standard facts read from an application, shared by the rubric engine, extraction, the CLI
 * and exports. Names and shapes are a contract: rubric packs refer to these ids, and
 * `review-desk extract --json` prints them. A pack may add facts of its own beside these.
 */
import { z } from 'zod';

export const PersonSchema = z.object({
  name: z.string().min(1),
  subject: z.string().optional(),
  duty: z.string().optional(),
  title: z.string().optional(),
  unit: z.string().optional(),
  phone: z.string().optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const MemberUnitSchema = z.object({
  name: z.string().min(1),
  region: z.string().optional(),
  type: z.string().optional(),
});
export type MemberUnit = z.infer<typeof MemberUnitSchema>;

export const HOST_QUALIFICATIONS = [
  'provincialCompetition2ndPlus', // 省级教学现场竞赛二等奖以上
  'jinhuanCup1stPlus', // 全市“金鹮杯”教学大赛一等奖以上
  'municipalProjectCompleted', // 主持过市级及以上课题且已结题
  'qualityCourseMunicipal1stPlus', // 精品课/一师一优课/微课大赛市级一等奖及以上
  'teachingResearcher', // 县市级专兼职教研员
  'backboneTeacher', // 具备一定科研能力公认的骨干教师
] as const;
export const HostQualificationSchema = z.enum(HOST_QUALIFICATIONS);
export type HostQualification = z.infer<typeof HostQualificationSchema>;

export const STAGES = ['小学', '初中', '高中'] as const;
export const GRADE_VOLUMES = [
  '三上',
  '三下',
  '四上',
  '四下',
  '五上',
  '五下',
  '六上',
  '六下',
  '七上',
  '七下',
  '八上',
  '八下',
  '高一上',
  '高一下',
  '高二上',
  '高二下',
] as const;
export const RESEARCH_CATEGORIES = ['人工智能', '编程教育', '机器人教育', '创客教育'] as const;

/** `YYYY-MM`, month 01–12. */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

const people = z.array(PersonSchema);

export const standardFactSchemas = {
  projectName: z.string().min(1),
  category: z.string().min(1),
  direction: z.string().min(1),
  leadUnit: z.string().min(1),
  memberUnits: z.array(MemberUnitSchema),
  practiceStart: YearMonthSchema,
  practiceYears: z.number().nonnegative(),
  typicalCases: z.number().int().nonnegative(),
  existingCases: z.array(z.string()),
  expectedOutcomes: z.object({ researchReport: z.boolean(), guide: z.boolean() }),
  recommendingBody: z.string().min(1),
  host: people,
  counselors: people,
  advisors: people,
  coreMembers: people,
  resourceReviewers: people,
  hostQualifications: z.array(HostQualificationSchema),
  stages: z.array(z.enum(STAGES)),
  gradeVolumes: z.array(z.enum(GRADE_VOLUMES)),
  researchCategory: z.enum(RESEARCH_CATEGORIES),
  annualResourceTarget: z.number().int().nonnegative(),
} as const;

export type StandardFactId = keyof typeof standardFactSchemas;
export type StandardFacts = {
  [K in StandardFactId]: z.infer<(typeof standardFactSchemas)[K]>;
};
export const STANDARD_FACT_IDS = Object.keys(standardFactSchemas) as StandardFactId[];

/** Fact values of one application: the standard ones typed, a pack's own ones unknown. */
export type FactValues = Partial<StandardFacts> & Record<string, unknown>;

/** Where a value was read: page counted from 1, the quoted text as it stands in the file. */
export const EvidenceSchema = z.object({
  page: z.number().int().positive(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export interface ExtractedFact<T = unknown> {
  value: T;
  evidence: Evidence[];
}
