/**
 * Panel results for the export tests and benchmarks: any number of applications to the Yueyang
 * call, four reviewers, scores and reviews derived from a seed, summary cells computed from the
 * built-in pack exactly as the lead's builder will (summaryCellsFromPack).
 */
import { canonicalJson } from '../../lib/crypto/bytes';
import { sha256HexOf } from '../../lib/crypto/hash';
import { type PanelResults, type ReviewPart, rankByScore } from '../../lib/export/results-model';
import { summaryCellsFromPack, summaryLayoutFromPack } from '../../lib/export/summary-table';
import { builtinPack } from '../../lib/rubric/builtin';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = ['建国', '晓梅', '志强', '丽华', '海燕', '文博', '雅琴', '子涵', '思远', '明轩'];
const SCHOOLS: string[] = [
  '岳阳市第一中学',
  '岳阳楼区东方红小学',
  '华容县实验中学',
  '平江县第三中学',
  '汨罗市城关小学',
  '临湘市教育局教研室',
];
const TOPICS: string[] = [
  '人工智能启蒙',
  '图形化编程',
  '机器人创客',
  '信息科技大单元',
  'Python 项目式学习',
  '数字素养',
];

export interface MemberSpec {
  id: string;
  name: string;
  role: 'chair' | 'reviewer' | 'observer';
  unit: string;
}

function person(i: number) {
  return `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
}

export function sampleResults(opts: {
  panelId: string;
  panelName?: string;
  apps: number;
  members: MemberSpec[];
  language?: 'zh-CN' | 'en';
  at?: number;
}): PanelResults {
  const pack = builtinPack('yueyang-2023-alliance');
  const language = opts.language ?? 'zh-CN';
  const at = opts.at ?? Date.UTC(2026, 9, 20, 2, 0, 0);
  const criteria = pack.scoring.sections.flatMap((s) =>
    s.criteria.map((c) => ({ id: c.id, title: c.title.zh, max: c.max })),
  );
  const reviewers = opts.members.filter((m) => m.role !== 'observer');
  const reviews: ReviewPart[] = [];
  const apps = Array.from({ length: opts.apps }, (_, i) => {
    const id = `app-${String(i + 1).padStart(3, '0')}`;
    const totals = reviewers.map((m, j) => {
      const scores = Object.fromEntries(
        criteria.map((c, k) => [c.id, Math.max(0, c.max - ((i * 3 + j * 5 + k * 7) % 9))]),
      );
      const total = Object.values(scores).reduce((a, b) => a + b, 0);
      reviews.push({
        v: 1,
        panel: opts.panelId,
        application: id,
        member: m.id,
        scores,
        total,
        comments: { resources: `资源开发计划具体，建议补充第${i + 1}项评价指标。` },
        eligibility: { coreMembers: 'pass', resources: (i + j) % 5 === 0 ? 'unknown' : 'pass' },
        opinion: `同意推荐“${TOPICS[i % TOPICS.length]}联盟”。`,
        submittedAt: at - 3_600_000 + j * 1000,
      });
      return { member: m.id, total };
    });
    const values = totals.map((t) => t.total);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const score = Math.round(mean * 10) / 10;
    const eligibility: 'pass' | 'fail' = i % 7 === 3 ? 'fail' : 'pass';
    const level = score >= 85 ? '优秀' : score >= 70 ? '良好' : score >= 60 ? '合格' : '不合格';
    const facts = {
      projectName: `${SCHOOLS[i % SCHOOLS.length]}${TOPICS[i % TOPICS.length]}网络教研联盟`,
      leadUnit: SCHOOLS[i % SCHOOLS.length]!,
      host: [
        {
          name: person(i),
          unit: SCHOOLS[i % SCHOOLS.length],
          duty: '教研组长',
          title: '一级教师',
          phone: `1380730${String(1000 + i).slice(-4)}`,
        },
      ],
      hostAge: 30 + (i % 20),
      hostGender: i % 2 ? '女' : '男',
      hostContact: `=HYPERLINK("x${i}")`,
      hostQualifications: ['teachingResearcher', 'backboneTeacher'].slice(0, 1 + (i % 2)),
      stages: ['初中'],
      gradeVolumes: ['七上', '七下'],
      researchCategory: ['人工智能', '编程教育', '机器人教育', '创客教育'][i % 4],
      counselors: [{ name: person(i + 3) }],
      coreMembers: Array.from({ length: 8 + (i % 6) }, (_, k) => ({ name: person(i + k) })),
      resourceReviewers: [{ name: person(i + 11) }, { name: person(i + 12) }],
    };
    return { id, facts, totals, score, level, eligibility, values };
  });
  const ranks = rankByScore(
    apps.map((a) => ({ id: a.id, score: a.eligibility === 'pass' ? a.score : null })),
  );
  const chair = opts.members.find((m) => m.role === 'chair')!;
  return {
    v: 1,
    language,
    panel: {
      id: opts.panelId,
      name: opts.panelName ?? '岳阳市网络教研联盟评审组',
      createdAt: at - 30 * 86_400_000,
      exportedAt: at,
    },
    call: {
      title: pack.call.title,
      issuer: pack.call.issuer,
      rubricId: pack.id,
      rubricRevision: pack.revision,
      rubricSha256: sha256HexOf(canonicalJson(pack)),
    },
    summary: summaryLayoutFromPack(pack, language),
    members: opts.members.map((m, i) => ({
      ...m,
      addedAt: at - 30 * 86_400_000 + i,
      removedAt: null,
    })),
    criteria,
    totalMax: pack.scoring.total.max,
    applications: apps.map((a, i) => {
      const verdict = a.eligibility === 'fail' ? '不推荐' : a.score >= 80 ? '推荐立项' : '暂缓';
      const spread = Math.max(...a.values) - Math.min(...a.values);
      return {
        id: a.id,
        number: String(i + 1),
        title: a.facts.projectName,
        applicant: a.facts.leadUnit,
        files: [{ name: `${a.id}-申报表.pdf`, sha256: sha256HexOf(a.id), size: 120_000 + i }],
        summaryCells: summaryCellsFromPack(
          pack,
          {
            index: i + 1,
            facts: a.facts,
            results: {
              eligible: a.eligibility === 'pass',
              total: a.score,
              level: a.level,
              verdict,
            },
          },
          language,
        ),
        eligibility: a.eligibility,
        score: a.score,
        level: a.level,
        verdict,
        rank: ranks.get(a.id) ?? null,
        totals: a.totals,
        stats: {
          n: a.values.length,
          mean: a.score,
          min: Math.min(...a.values),
          max: Math.max(...a.values),
          spread,
          divergent: spread > 8,
        },
        flags:
          spread > 8
            ? [
                {
                  kind: '评分分歧',
                  detail: `极差 ${spread} 分，超过 8 分`,
                  resolution: i % 2 ? '组长组织复议，维持原分' : null,
                },
              ]
            : [],
        decision: {
          verdict,
          note: i % 3 ? '' : '经专家组合议',
          decidedAt: at - 600_000,
          by: chair.id,
        },
      };
    }),
    reviews,
  };
}

export const MEMBERS: MemberSpec[] = [
  { id: 'chair', name: '王建国', role: 'chair', unit: '岳阳市教育科学技术研究院' },
  { id: 'r1', name: '李晓梅', role: 'reviewer', unit: '岳阳市第一中学' },
  { id: 'r2', name: '张志强', role: 'reviewer', unit: '湖南理工学院' },
  { id: 'r3', name: '刘丽华', role: 'reviewer', unit: '华容县教育局' },
];
