/**
 * The two calls' application forms (附件1), filled in from an application's facts. Layout follows
 * the notices: 辽宁's 推荐表 and 岳阳's 申报表 with its checkbox rows and people table.
 */
import type { Block, GeneratedDocument } from '../docgen/document';
import { GRADE_VOLUMES, type Person, RESEARCH_CATEGORIES, STAGES } from '../facts/standard';
import type { DemoApplication } from './types';

const QUALIFICATION_TEXT: Record<string, string> = {
  provincialCompetition2ndPlus: '在省级教学现场竞赛获二等奖以上',
  jinhuanCup1stPlus: '在全市“金鹮杯”教学大赛中获一等奖以上',
  municipalProjectCompleted: '主持过市级及以上课题且已结题',
  qualityCourseMunicipal1stPlus: '在“一师一优课”中获市级一等奖及以上',
  teachingResearcher: '县市级专兼职教研员',
  backboneTeacher: '具备一定科研能力公认的骨干教师',
};

function yearMonthText(ym: string): string {
  const [y, m] = ym.split('-');
  return `${y}年${Number(m)}月`;
}

export function liaoningForm(app: DemoApplication): GeneratedDocument {
  const f = app.facts;
  const host = f.host?.[0];
  const blocks: Block[] = [
    { kind: 'title', text: '辽宁省2022年度教育信息化教学应用实践共同体项目推荐表' },
    {
      kind: 'table',
      widths: [0.22, 0.78],
      rows: [
        ['项目名称', f.projectName ?? ''],
        ['类别', f.category ?? ''],
        ['应用方向', f.direction ?? ''],
        ['牵头单位', f.leadUnit ?? ''],
        ['推荐单位', f.recommendingBody ?? ''],
        ['项目负责人', host ? `${host.name}（${host.duty ?? ''}，${host.title ?? ''}）` : ''],
        ['联系电话', host?.phone ?? ''],
      ],
    },
    { kind: 'heading', text: '一、主要成员单位' },
    {
      kind: 'table',
      header: true,
      widths: [0.1, 0.5, 0.2, 0.2],
      rows: [
        ['序号', '单位名称', '所在地区', '单位类型'],
        [
          '牵头',
          f.leadUnit ?? '',
          f.memberUnits?.[0]?.region ?? '',
          f.leadUnit?.includes('大学') ? '高校' : '学校',
        ],
        ...(f.memberUnits ?? []).map((u, i) => [
          String(i + 1),
          u.name,
          u.region ?? '',
          u.type ?? '',
        ]),
      ],
    },
    {
      kind: 'paragraph',
      text: `除牵头单位外，主要成员单位共${f.memberUnits?.length ?? 0}个。`,
    },
    { kind: 'heading', text: '二、实践基础' },
    {
      kind: 'paragraph',
      text: `本共同体自${yearMonthText(f.practiceStart ?? '2020-01')}起在本类信息化教学中开展实践，形成了较为稳定的组织结构和管理制度，定期开展联合教研和交流活动。`,
    },
    ...(f.existingCases?.length
      ? [
          { kind: 'paragraph' as const, text: '已形成的典型案例：' },
          ...f.existingCases.map((c, i) => ({
            kind: 'paragraph' as const,
            text: `${i + 1}. ${c}`,
          })),
        ]
      : []),
    { kind: 'heading', text: '三、核心成员' },
    {
      kind: 'table',
      header: true,
      widths: [0.2, 0.5, 0.3],
      rows: [
        ['姓名', '所在单位', '职称'],
        ...(f.coreMembers ?? []).map((p) => [p.name, p.unit ?? '', p.title ?? '']),
      ],
    },
    { kind: 'heading', text: '四、预期成果' },
    {
      kind: 'paragraph',
      text: `项目周期内形成信息化教学应用模式研究报告${f.expectedOutcomes?.guide ? '和应用指南' : ''}；形成${f.typicalCases ?? 0}个教学信息化应用的典型案例；建设实践共同体社区，开展经验推广活动。`,
    },
    { kind: 'heading', text: '五、推荐意见' },
    { kind: 'paragraph', text: '（推荐单位盖章）\n年　月　日' },
  ];
  return { title: `${f.projectName ?? app.title} 推荐表`, author: f.leadUnit ?? '', blocks };
}

function personRow(role: string, p: Person): string[] {
  return [
    role,
    p.name,
    p.subject ?? '',
    [p.duty, p.title].filter(Boolean).join('/'),
    p.phone ?? '',
    p.unit ?? '',
  ];
}

export function yueyangForm(app: DemoApplication): GeneratedDocument {
  const f = app.facts;
  const rows: string[][] = [['角色', '姓名', '学科/专长', '职务/职称', '联系方式', '所在单位']];
  for (const p of f.host ?? []) rows.push(personRow('主持人', p));
  for (const p of f.counselors ?? []) rows.push(personRow('辅导员', p));
  for (const p of f.advisors ?? []) rows.push(personRow('顾问', p));
  for (const p of f.coreMembers ?? []) rows.push(personRow('核心成员', p));
  for (const p of f.resourceReviewers ?? []) rows.push(personRow('资源内容审核管理员', p));
  const quals = f.hostQualifications ?? [];
  const blocks: Block[] = [
    { kind: 'title', text: '岳阳市中小学信息科技（技术）“网络教研联盟”申报表' },
    {
      kind: 'table',
      widths: [0.25, 0.75],
      rows: [
        ['网络教研联盟名称', f.projectName ?? ''],
        ['所在单位', f.leadUnit ?? ''],
      ],
    },
    {
      kind: 'checkboxes',
      label: '学段',
      options: STAGES.map((s) => ({ text: s, checked: f.stages?.includes(s) ?? false })),
    },
    {
      kind: 'checkboxes',
      label: '年级册',
      options: GRADE_VOLUMES.map((g) => ({
        text: g,
        checked: f.gradeVolumes?.includes(g) ?? false,
      })),
    },
    {
      kind: 'checkboxes',
      label: '研究类别',
      options: RESEARCH_CATEGORIES.map((c) => ({ text: c, checked: f.researchCategory === c })),
    },
    { kind: 'heading', text: '网络教研联盟人员' },
    { kind: 'table', header: true, widths: [0.16, 0.11, 0.13, 0.17, 0.17, 0.26], rows },
    { kind: 'heading', text: '主持人申报条件' },
    {
      kind: 'paragraph',
      text: quals.length
        ? `主持人符合以下条件：${quals.map((q) => QUALIFICATION_TEXT[q]).join('；')}。`
        : '主持人长期从事信息科技教学工作，积极参与校本教研。',
    },
    { kind: 'heading', text: '名师网络教研联盟教学资源开发与应用方案' },
    {
      kind: 'paragraph',
      text: `联盟以${f.gradeVolumes?.[0] ?? ''}教材为单位开展常态化网络教研，计划每年原创或深度二次加工教学资源${f.annualResourceTarget ?? 0}条，依托岳阳市“三个课堂”应用平台共享。`,
    },
    { kind: 'heading', text: '名师网络教研联盟管理、研究与评价制度' },
    {
      kind: 'paragraph',
      text: '联盟实行主持人负责制，每月开展一次网络教研活动，每学期进行一次成员考核。',
    },
    {
      kind: 'table',
      widths: [0.25, 0.75],
      rows: [
        ['所在单位意见', '单位签章　　年　月　日'],
        ['县市区教育技术部门意见', '单位签章　　年　月　日'],
        ['市专家评审意见', '专家组组长签字　　年　月　日'],
        ['市教科院审批意见', '单位签章　　年　月　日'],
      ],
    },
  ];
  return { title: `${f.projectName ?? app.title} 申报表`, author: f.leadUnit ?? '', blocks };
}
