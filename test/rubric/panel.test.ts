/** Cross-application rules: quotas, duplicate people, conflicts of interest. */
import { describe, expect, it } from 'vitest';
import { builtinPack, checkPanel, evaluatePanel, type PanelApplication } from '../../lib/rubric';
import { en, say } from './helpers';

const liaoning = builtinPack('liaoning-2022-community');
const yueyang = builtinPack('yueyang-2023-alliance');

const byBody = (...bodies: (string | undefined)[]): PanelApplication[] =>
  bodies.map((body, i) => ({
    id: `a${i + 1}`,
    facts: body === undefined ? {} : { recommendingBody: body },
  }));

const quota = (apps: PanelApplication[]) =>
  evaluatePanel(liaoning, apps).filter((f) => f.rule === 'quota');

describe('quota per recommending body (三（二）1)', () => {
  it('allows 沈阳 and 大连 three each, and no more', () => {
    expect(quota(byBody('沈阳市教育局', '沈阳市教育局', '沈阳市教育局', '大连市教育局'))).toEqual(
      [],
    );
    const [finding, ...rest] = quota(
      byBody('大连市教育局', '沈阳市教育局', '大连市教育局', '大连市 教育局', '大连市教育局'),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      status: 'fail',
      severity: 'hard',
      applications: ['a1', 'a3', 'a4', 'a5'],
    });
    expect(say(finding!.message)).toBe('大连市教育局（沈阳、大连）推荐了 4 项，超过限报的 3 项');
    expect(say(finding!.message, en)).toBe(
      '大连市教育局 (Shenyang or Dalian) recommended 4, more than its limit of 3',
    );
  });

  it('allows other cities two each, counting each city apart', () => {
    expect(quota(byBody('鞍山市教育局', '鞍山市教育局', '锦州市教育局', '锦州市教育局'))).toEqual(
      [],
    );
    const findings = quota(byBody('鞍山市教育局', '锦州市教育局', '鞍山市教育局', '鞍山市教育局'));
    expect(findings.map((f) => f.applications)).toEqual([['a1', 'a3', 'a4']]);
  });

  it('allows a provincial university or institution one "in principle": a warning', () => {
    const findings = quota(
      byBody('大连理工大学', '大连理工大学', '辽宁省电化教育馆', '辽宁省电化教育馆'),
    );
    expect(findings.map((f) => [f.severity, f.applications])).toEqual([
      ['warning', ['a1', 'a2']],
      ['warning', ['a3', 'a4']],
    ]);
  });

  it('says so when a body cannot be classified or is missing, naming the applications', () => {
    const findings = quota(byBody('某某公司', undefined, '某某公司', '沈阳市教育局'));
    expect(findings.map((f) => [f.status, f.applications])).toEqual([
      ['unknown', ['a1', 'a3']],
      ['unknown', ['a2']],
    ]);
    for (const f of findings) say(f.message);
  });

  it('never changes an application’s own eligibility', () => {
    const base = { memberUnits: [1, 2, 3, 4].map((n) => ({ name: `校${n}` })) };
    const apps = [1, 2, 3].map((n) => ({
      id: `a${n}`,
      facts: { ...base, recommendingBody: '鞍山市教育局' },
    }));
    const result = checkPanel(liaoning, apps);
    expect(result.findings.some((f) => f.rule === 'quota' && f.status === 'fail')).toBe(true);
    const alone = checkPanel(liaoning, apps.slice(0, 1));
    expect(result.applications[0]!.evaluation).toEqual(alone.applications[0]!.evaluation);
  });
});

describe('a core member in only one alliance (三、1)', () => {
  const app = (id: string, ...members: { name: string; unit?: string; phone?: string }[]) => ({
    id,
    facts: { coreMembers: members },
  });
  const duplicates = (...apps: PanelApplication[]) =>
    evaluatePanel(yueyang, apps).filter((f) => f.rule === 'core-member-unique');

  it('the same name at the same unit is the same person', () => {
    const [f] = duplicates(
      app('y1', { name: '王芳', unit: '岳阳市第一中学' }),
      app('y2', { name: '李强', unit: 'x' }),
      app('y3', { name: '王 芳', unit: '岳阳市第一中学' }),
    );
    expect(f).toMatchObject({ status: 'fail', severity: 'hard', applications: ['y1', 'y3'] });
    expect(say(f!.message)).toBe('王芳（岳阳市第一中学）同时是 2 个申报的核心成员');
  });

  it('the same name and the same phone is the same person, even with the unit written differently', () => {
    const [f] = duplicates(
      app('y1', { name: '王芳', unit: '一中', phone: '13800001111' }),
      app('y2', { name: '王芳', unit: '岳阳市第一中学', phone: '138 0000 1111' }),
    );
    expect(f!.applications).toEqual(['y1', 'y2']);
  });

  it('namesakes at different schools are not duplicates', () => {
    expect(
      duplicates(
        app('y1', { name: '王芳', unit: '岳阳市第一中学', phone: '13800001111' }),
        app('y2', { name: '王芳', unit: '华容县实验小学', phone: '13900002222' }),
        app('y3', { name: '王芳', unit: '汨罗市城郊中学' }),
      ),
    ).toEqual([]);
  });

  it('names every alliance a person is in', () => {
    const member = { name: '赵敏', unit: '临湘市云湖学校' };
    const [f] = duplicates(
      app('y1', member),
      app('y2', { name: '甲' }),
      app('y3', member),
      app('y4', member),
    );
    expect(f!.applications).toEqual(['y1', 'y3', 'y4']);
  });

  it('cannot tell without a unit or phone on both sides: unknown, naming both', () => {
    const [f] = duplicates(app('y1', { name: '王芳', unit: '一中' }), app('y2', { name: '王芳' }));
    expect(f).toMatchObject({ status: 'unknown', applications: ['y1', 'y2'] });
  });

  it('an application without its core members cannot be checked: unknown', () => {
    const [f] = duplicates(app('y1', { name: '王芳', unit: '一中' }), { id: 'y2', facts: {} });
    expect(f).toMatchObject({ status: 'unknown', applications: ['y2'] });
  });

  it('one person listed twice in the same application is not a cross-application duplicate', () => {
    const member = { name: '赵敏', unit: '临湘市云湖学校' };
    expect(duplicates(app('y1', member, member), app('y2', { name: '甲', unit: 'x' }))).toEqual([]);
  });
});

describe('conflict of interest', () => {
  const reviewers = [
    { id: 'r1', name: '刘专家', unit: '大连市星海湾实验中学' },
    { id: 'r2', name: '陈专家', unit: '沈阳师范大学' },
  ];
  const apps: PanelApplication[] = [
    { id: 'a1', facts: { leadUnit: '大连市星海湾实验中学', memberUnits: [{ name: '甲校' }] } },
    {
      id: 'a2',
      facts: { leadUnit: '乙校', memberUnits: [{ name: '大连市星海湾实验中学（本部）' }] },
    },
    {
      id: 'a3',
      facts: { leadUnit: '丙校', memberUnits: [{ name: '大连市星海湾实验中学(本部)' }] },
    },
  ];
  const conflicts = (list: PanelApplication[], context = { reviewers }) =>
    evaluatePanel(liaoning, list, context).filter((f) => f.rule === 'conflict-of-interest');

  it('names the reviewer and every application whose lead or member unit is theirs', () => {
    const [f, ...rest] = conflicts(apps);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', reviewers: ['r1'], applications: ['a1'] });
    const [g] = conflicts(apps, {
      reviewers: [{ id: 'r3', name: '王', unit: '大连市星海湾实验中学（本部）' }],
    });
    expect(g!.applications).toEqual(['a2', 'a3']);
    expect(say(g!.message)).toContain('王');
  });

  it('checks people’s units where the pack says so (岳阳: host, advisors, core members…)', () => {
    const list = [
      {
        id: 'y1',
        facts: { leadUnit: '一中', coreMembers: [{ name: '甲', unit: '沈阳师范大学' }] },
      },
    ];
    const found = evaluatePanel(yueyang, list, { reviewers }).filter(
      (f) => f.rule === 'conflict-of-interest',
    );
    expect(found.map((f) => [f.reviewers, f.applications])).toEqual([[['r2'], ['y1']]]);
  });

  it('is not checked without reviewers; a reviewer without a unit is unknown', () => {
    expect(conflicts(apps, { reviewers: [] })).toEqual([]);
    const [f] = conflicts(apps, { reviewers: [{ id: 'r9', name: '无单位' } as never] });
    expect(f).toMatchObject({
      status: 'unknown',
      applications: ['a1', 'a2', 'a3'],
      reviewers: ['r9'],
    });
  });
});
