/**
 * Demo applications to 岳阳市中小学信息科技（技术）“网络教研联盟” (2023). Fictional schools and
 * people. Some break the call's rules on purpose (see `flaw`); ym-06 shares a core member with
 * ym-01 (same name, same school), while ym-07 has a namesake at another school, who is not one.
 */
import type { FactValues, Person } from '../facts/standard';
import { makeNames, makePhone, seededRandom } from './names';
import type { DemoApplication } from './types';

type Stage = '小学' | '初中' | '高中';
type Grade = NonNullable<FactValues['gradeVolumes']>[number];
type Category = NonNullable<FactValues['researchCategory']>;

interface Spec {
  id: string;
  name: string;
  unit: string;
  stage: Stage;
  grade: Grade;
  category: Category;
  advisors: number;
  counselors: number;
  core: number;
  reviewers: number;
  /** Codes of the host conditions (the pack's hostQualifications options). */
  qualifications: string[];
  annualTarget: number;
  flaw?: DemoApplication['flaw'];
}

const SCHOOLS = [
  '岳阳市湖滨实验学校',
  '岳阳市南湖第二中学',
  '岳阳县荣家湾镇中学',
  '华容县洞庭路小学',
  '汨罗市城郊中学',
  '临湘市云湖学校',
  '平江县天岳实验中学',
  '湘阴县文星镇小学',
  '岳阳市君山区育才学校',
  '岳阳市云溪区松阳湖中学',
];

const SPECS: Spec[] = [
  {
    id: 'ym-01',
    name: '初中编程教育网络教研联盟',
    unit: SCHOOLS[1]!,
    stage: '初中',
    grade: '七上',
    category: '编程教育',
    advisors: 2,
    counselors: 1,
    core: 10,
    reviewers: 2,
    qualifications: ['municipalProjectCompleted', 'backboneTeacher'],
    annualTarget: 240,
  },
  {
    id: 'ym-02',
    name: '小学人工智能启蒙网络教研联盟',
    unit: SCHOOLS[3]!,
    stage: '小学',
    grade: '五上',
    category: '人工智能',
    advisors: 1,
    counselors: 1,
    core: 7,
    reviewers: 1,
    qualifications: ['jinhuanCup1stPlus'],
    annualTarget: 200,
    flaw: 'coreMembers',
  },
  {
    id: 'ym-03',
    name: '高中机器人教育网络教研联盟',
    unit: SCHOOLS[6]!,
    stage: '高中',
    grade: '高一上',
    category: '机器人教育',
    advisors: 3,
    counselors: 1,
    core: 12,
    reviewers: 2,
    qualifications: ['provincialCompetition2ndPlus'],
    annualTarget: 260,
    flaw: 'advisors',
  },
  {
    id: 'ym-04',
    name: '小学创客教育网络教研联盟',
    unit: SCHOOLS[7]!,
    stage: '小学',
    grade: '六下',
    category: '创客教育',
    advisors: 1,
    counselors: 1,
    core: 9,
    reviewers: 1,
    qualifications: [],
    annualTarget: 210,
    flaw: 'hostQualifications',
  },
  {
    id: 'ym-05',
    name: '初中信息科技数据与编码联盟',
    unit: SCHOOLS[4]!,
    stage: '初中',
    grade: '八上',
    category: '编程教育',
    advisors: 2,
    counselors: 1,
    core: 15,
    reviewers: 3,
    qualifications: ['teachingResearcher'],
    annualTarget: 150,
    flaw: 'annualResourceTarget',
  },
  {
    id: 'ym-06',
    name: '初中人工智能实践网络教研联盟',
    unit: SCHOOLS[8]!,
    stage: '初中',
    grade: '七下',
    category: '人工智能',
    advisors: 1,
    counselors: 1,
    core: 8,
    reviewers: 1,
    qualifications: ['qualityCourseMunicipal1stPlus'],
    annualTarget: 220,
    flaw: 'duplicateCoreMember',
  },
  {
    id: 'ym-07',
    name: '小学编程启蒙网络教研联盟',
    unit: SCHOOLS[0]!,
    stage: '小学',
    grade: '四上',
    category: '编程教育',
    advisors: 1,
    counselors: 1,
    core: 11,
    reviewers: 2,
    qualifications: ['backboneTeacher'],
    annualTarget: 200,
  },
  {
    id: 'ym-08',
    name: '高中人工智能网络教研联盟',
    unit: SCHOOLS[9]!,
    stage: '高中',
    grade: '高二上',
    category: '人工智能',
    advisors: 2,
    counselors: 2,
    core: 13,
    reviewers: 2,
    qualifications: ['provincialCompetition2ndPlus'],
    annualTarget: 300,
    flaw: 'counselors',
  },
];

const SUBJECTS = ['信息科技', '信息技术', '通用技术', '数学', '科学'];
const TITLES = ['一级教师', '高级教师', '二级教师'];

function people(random: () => number, names: string[], home: string, roleDuty: string): Person[] {
  return names.map((name, i) => ({
    name,
    subject: SUBJECTS[i % SUBJECTS.length]!,
    duty: roleDuty,
    title: TITLES[i % TITLES.length]!,
    unit: i === 0 ? home : SCHOOLS[(i * 3 + 1) % SCHOOLS.length]!,
    phone: makePhone(random),
  }));
}

/** The county's education technology centre that puts the alliance forward (推选). */
function countyBody(unit: string): string {
  const county = /^(.+?[县市])/.exec(unit)?.[1] ?? '岳阳市';
  return county === '岳阳市' ? '岳阳市直学校' : `${county}教育技术中心`;
}

function build(spec: Spec, index: number): DemoApplication {
  const random = seededRandom(2000 + index);
  const total = 1 + spec.advisors + spec.counselors + spec.core + spec.reviewers;
  const names = makeNames(random, total);
  let at = 0;
  const take = (n: number) => {
    const slice = names.slice(at, at + n);
    at += n;
    return slice;
  };
  const host = people(random, take(1), spec.unit, '教研组长');
  const advisors = people(random, take(spec.advisors), spec.unit, '校长').map((p) => ({
    ...p,
    title: '正高级教师',
  }));
  const counselors = people(random, take(spec.counselors), '岳阳市教育科学技术研究院', '教研员');
  const coreMembers = people(random, take(spec.core), spec.unit, '教师');
  const resourceReviewers = people(random, take(spec.reviewers), spec.unit, '资源管理员');
  const facts: FactValues = {
    projectName: spec.name,
    leadUnit: spec.unit,
    stages: [spec.stage],
    gradeVolumes: [spec.grade],
    researchCategory: spec.category,
    host,
    advisors,
    counselors,
    coreMembers,
    resourceReviewers,
    hostQualifications: spec.qualifications,
    annualResourceTarget: spec.annualTarget,
    recommendingBody: countyBody(spec.unit),
  };
  return {
    id: spec.id,
    title: spec.name,
    applicantUnit: spec.unit,
    recommendingBody: countyBody(spec.unit),
    fileName: `${spec.id}-申报表.pdf`,
    path: `${spec.id}.pdf`,
    facts,
    ...(spec.flaw ? { flaw: spec.flaw } : {}),
  };
}

/** ym-06 takes ym-01's third core member (same person); ym-07 gets a namesake elsewhere. */
export function yueyangApplications(): DemoApplication[] {
  const apps = SPECS.map(build);
  const shared = apps[0]!.facts.coreMembers![2]!;
  const dupTarget = apps[5]!.facts.coreMembers!;
  dupTarget[dupTarget.length - 1] = { ...shared };
  const namesakeTarget = apps[6]!.facts.coreMembers!;
  namesakeTarget[1] = { ...namesakeTarget[1]!, name: shared.name };
  return apps;
}
