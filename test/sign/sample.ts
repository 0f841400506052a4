/**
 * A small panel PKI and a sample opinion in Chinese, with no Node imports (the browser test
 * bundles this file): a chair key (the panel CA), reviewers with device keys and certificates.
 */
import { generateSigningKey, type SigningKeyPair } from '../../lib/crypto/ecdsa';
import type { Opinion } from '../../lib/export/opinion-model';
import { panelIdFromChairKey } from '../../lib/identity/panel-id';
import type { MemberId, PanelId } from '../../lib/ids';
import {
  createPanelCa,
  issueMemberCertificate,
  type MemberInfo,
} from '../../lib/sign/certificates';
import type { CmsSigner } from '../../lib/sign/cms';

export interface TestMember {
  info: MemberInfo;
  key: SigningKeyPair;
  cert: Uint8Array;
}

export interface TestPanel {
  id: PanelId;
  name: string;
  chairKey: SigningKeyPair;
  ca: Uint8Array;
  chair: TestMember;
  reviewers: TestMember[];
}

export const T0 = Date.UTC(2026, 9, 20, 2, 0, 0);

export async function makePanel(name = '岳阳市网络教研联盟评审组', now = T0): Promise<TestPanel> {
  const chairKey = await generateSigningKey(false);
  const id = panelIdFromChairKey(chairKey.publicJwk);
  const ca = await createPanelCa(chairKey, { id, name }, { now });
  const member = async (info: MemberInfo, key: SigningKeyPair): Promise<TestMember> => ({
    info,
    key,
    cert: await issueMemberCertificate({
      ca,
      chairKey,
      member: info,
      deviceKey: key.publicJwk,
      now,
    }),
  });
  const chair = await member(
    { id: 'chair' as MemberId, name: '王建国', role: 'chair', unit: '岳阳市教育科学技术研究院' },
    chairKey,
  );
  const reviewers = [
    await member(
      { id: 'r1' as MemberId, name: '李晓梅', role: 'reviewer', unit: '岳阳市第一中学' },
      await generateSigningKey(false),
    ),
    await member(
      { id: 'r2' as MemberId, name: '张志强', role: 'reviewer', unit: '湖南理工学院' },
      await generateSigningKey(false),
    ),
  ];
  return { id, name, chairKey, ca, chair, reviewers };
}

export function signerOf(panel: TestPanel, m: TestMember, crls: Uint8Array[] = []): CmsSigner {
  return { privateKey: m.key.privateKey, certificate: m.cert, chain: [panel.ca], crls };
}

export const OPINION_TEXT =
  '经市专家组评审，“基于人工智能的初中信息科技项目式学习联盟”（主持人所在单位：岳阳市第一中学）申报条件审查：符合。总分86分，等级良好。各项得分：团队建设18分、资源开发与应用方案35分、管理与评价制度33分。主要意见：方案具体可行，资源年度计划达到200条以上；建议细化评价指标。评审结论：推荐立项。';

export function sampleOpinion(
  panel: Pick<TestPanel, 'id' | 'name'> & { reviewers?: TestMember[] },
  signer: Pick<TestMember, 'info'> = panel.reviewers![0]!,
): Opinion {
  return {
    v: 1,
    language: 'zh-CN',
    kind: signer.info.role === 'chair' ? 'panel' : 'reviewer',
    call: {
      title: '岳阳市中小学信息科技（技术）“网络教研联盟”申报',
      issuer: '岳阳市教育科学技术研究院',
      rubricId: 'yueyang-2023-alliance',
      rubricRevision: 1,
      rubricSha256: 'a'.repeat(64),
    },
    panel: { id: panel.id, name: panel.name },
    application: {
      id: 'app-07',
      number: '7',
      title: '基于人工智能的初中信息科技项目式学习联盟',
      applicant: '岳阳市第一中学',
      recommendingBody: '岳阳楼区教育局',
      lead: '周敏',
      files: [{ name: '申报表.pdf', sha256: 'b'.repeat(64) }],
    },
    eligibility: {
      outcome: 'pass',
      findings: [
        {
          rule: '核心成员人数',
          outcome: 'pass',
          detail: '核心成员 12 人，在 8–15 人之间',
          clause: { number: '二（二）', text: '核心成员8–15人' },
        },
        {
          rule: '资源数量',
          outcome: 'unknown',
          detail: '申报表未写明年度资源数量',
          clause: { number: '二（四）', text: '每年原创或深度二次加工的教学资源不少于200条' },
        },
      ],
    },
    scores: {
      sections: [
        {
          title: '评分',
          criteria: [
            { id: 'team', title: '团队建设', max: 20, score: 18, level: '优秀' },
            { id: 'plan', title: '资源开发与应用方案', max: 40, score: 35, level: '良好' },
            {
              id: 'rules',
              title: '管理与评价制度',
              max: 40,
              score: 33,
              level: '良好',
              comment: '评价指标可再细化。',
            },
          ],
        },
      ],
      total: 86,
      max: 100,
      level: '良好',
    },
    comments: [{ text: '方案具体可行，资源年度计划达到200条以上；建议细化评价指标。' }],
    opinion: OPINION_TEXT,
    verdict: '推荐立项',
    signer: {
      memberId: signer.info.id,
      name: signer.info.name,
      role: signer.info.role === 'chair' ? 'chair' : 'reviewer',
      unit: signer.info.unit,
      date: '2026-10-20',
    },
  };
}
