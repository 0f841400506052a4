/**
 * Demo applications to 辽宁省2022年度教育信息化教学应用实践共同体项目. Fictional units and people.
 * Some break the call's rules on purpose (see `flaw`), so the demo shows every kind of verdict.
 */
import type { FactValues, MemberUnit, Person } from '../facts/standard';
import { makeNames, makePhone, seededRandom } from './names';
import type { DemoApplication } from './types';

interface Spec {
  id: string;
  projectName: string;
  category: string;
  direction: string;
  leadUnit: string;
  recommendingBody: string;
  region: string;
  members: string[];
  practiceStart: string;
  typicalCases: number;
  existingCases: string[];
  flaw?: DemoApplication['flaw'];
}

const SPECS: Spec[] = [
  {
    id: 'ln-01',
    projectName: '智慧课堂精准教学实践共同体',
    category: '智慧评价',
    direction: '基于学习数据的精准教学',
    leadUnit: '大连市星海湾实验中学',
    recommendingBody: '大连市教育局',
    region: '大连市',
    members: [
      '大连市海韵路小学',
      '大连市青泥洼桥中学',
      '瓦房店市复州湾中学',
      '庄河市明阳学校',
      '长海县第二中学',
    ],
    practiceStart: '2019-09',
    typicalCases: 8,
    existingCases: ['初中数学分层作业精准推送案例', '小学英语听说数据诊断案例'],
  },
  {
    id: 'ln-02',
    projectName: '乡村学校双师课堂共同体',
    category: '智慧美育',
    direction: '双师课堂与专递课堂',
    leadUnit: '大连市金州区友谊小学',
    recommendingBody: '大连市教育局',
    region: '大连市',
    members: ['大连市金州区杏树小学', '普兰店区星台中心小学', '大连市旅顺口区三涧堡小学'],
    practiceStart: '2019-03',
    typicalCases: 6,
    existingCases: ['乡村小学美术双师课堂案例'],
    flaw: 'memberUnits',
  },
  {
    id: 'ln-03',
    projectName: '中小学智慧体育教学应用共同体',
    category: '智慧体育',
    direction: '体育课堂运动数据应用',
    leadUnit: '沈阳市浑南区白塔小学',
    recommendingBody: '沈阳市教育局',
    region: '沈阳市',
    members: [
      '沈阳市和平区南京街第一小学',
      '沈阳市皇姑区珠江五校',
      '新民市胡台镇中心小学',
      '康平县实验中学',
    ],
    practiceStart: '2020-09',
    typicalCases: 6,
    existingCases: ['智能手环支持下的体能课案例', '跳绳运动数据分析案例', '课后体育服务案例'],
  },
  {
    id: 'ln-04',
    projectName: '劳动教育数字化资源共建共同体',
    category: '智慧劳动教育',
    direction: '劳动教育数字资源建设',
    leadUnit: '沈阳市铁西区启明小学',
    recommendingBody: '沈阳市教育局',
    region: '沈阳市',
    members: [
      '沈阳市大东区草场小学',
      '辽中区第一私立高中',
      '法库县秀水河子学校',
      '沈阳市苏家屯区湖西小学',
    ],
    practiceStart: '2021-09',
    typicalCases: 7,
    existingCases: [],
    flaw: 'practiceYears',
  },
  {
    id: 'ln-05',
    projectName: '基于人工智能技术的区域中小学德育综合评价共同体',
    category: '智慧德育',
    direction: '德育过程性评价',
    leadUnit: '鞍山市铁东区胜利小学',
    recommendingBody: '鞍山市教育局',
    region: '鞍山市',
    members: [
      '鞍山市第十四中学',
      '海城市腾鳌镇中心校',
      '台安县桑林镇中学',
      '岫岩满族自治县实验小学',
      '鞍山市立山区曙光小学',
    ],
    practiceStart: '2018-09',
    typicalCases: 8,
    existingCases: ['班级德育积分数字化案例'],
    flaw: 'projectName',
  },
  {
    id: 'ln-06',
    projectName: '智慧美育云端艺术课堂共同体',
    category: '智慧美育',
    direction: '网络艺术课堂',
    leadUnit: '鞍山市第二中学',
    recommendingBody: '鞍山市教育局',
    region: '鞍山市',
    members: [
      '鞍山市千山区汤岗子小学',
      '海城市南台镇中学',
      '台安县高力房镇中学',
      '鞍山市铁西区对炉小学',
    ],
    practiceStart: '2020-03',
    typicalCases: 6,
    existingCases: ['合唱网络联排案例'],
  },
  {
    id: 'ln-07',
    projectName: '区域作业数据驱动教研共同体',
    category: '智慧评价',
    direction: '作业大数据与教研改进',
    leadUnit: '鞍山市铁东区教师进修学校',
    recommendingBody: '鞍山市教育局',
    region: '鞍山市',
    members: ['鞍山市第三中学', '鞍山市钢都小学', '海城市东四管理区学校', '岫岩县第一中学'],
    practiceStart: '2019-09',
    typicalCases: 6,
    existingCases: ['初中物理作业诊断案例'],
    flaw: 'quota',
  },
  {
    id: 'ln-08',
    projectName: '师范生信息化教学能力实践共同体',
    category: '智慧评价',
    direction: '教师信息化教学能力提升',
    leadUnit: '辽宁北辰师范大学',
    recommendingBody: '辽宁北辰师范大学',
    region: '大连市',
    members: [
      '大连市第八十中学',
      '大连市甘井子区红旗小学',
      '大连市中山区中心小学',
      '大连经济技术开发区第十中学',
    ],
    practiceStart: '2020-06',
    typicalCases: 4,
    existingCases: ['师范生混合式见习案例'],
    flaw: 'typicalCases',
  },
];

function unitType(name: string): string {
  if (name.includes('大学')) return '高校';
  if (name.includes('进修') || name.includes('教研')) return '教研机构';
  return name.includes('小学') ? '小学' : '中学';
}

function build(spec: Spec, index: number): DemoApplication {
  const random = seededRandom(1000 + index);
  const [hostName, ...otherNames] = makeNames(random, 4);
  const host: Person[] = [
    {
      name: hostName!,
      duty: '副校长',
      title: '高级教师',
      unit: spec.leadUnit,
      phone: makePhone(random),
    },
  ];
  const memberUnits: MemberUnit[] = spec.members.map((name) => ({
    name,
    region: spec.region,
    type: unitType(name),
  }));
  const coreMembers: Person[] = otherNames.map((name, i) => ({
    name,
    unit: spec.members[i % spec.members.length]!,
    title: '一级教师',
  }));
  const facts: FactValues = {
    projectName: spec.projectName,
    category: spec.category,
    direction: spec.direction,
    leadUnit: spec.leadUnit,
    recommendingBody: spec.recommendingBody,
    memberUnits,
    practiceStart: spec.practiceStart,
    typicalCases: spec.typicalCases,
    existingCases: spec.existingCases,
    expectedOutcomes: { researchReport: true, guide: true },
    host,
    coreMembers,
  };
  return {
    id: spec.id,
    title: spec.projectName,
    applicantUnit: spec.leadUnit,
    recommendingBody: spec.recommendingBody,
    fileName: `${spec.id}-推荐表.pdf`,
    path: `${spec.id}.pdf`,
    facts,
    ...(spec.flaw ? { flaw: spec.flaw } : {}),
  };
}

export function liaoningApplications(): DemoApplication[] {
  return SPECS.map(build);
}
