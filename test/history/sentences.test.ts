/**
 * The history as sentences on a real panel: one entry per change (the same value written twice
 * is one change), readable values (option labels, never JSON), names from the pack and members,
 * grouped by day with the newest first.
 */
import { describe, expect, it } from 'vitest';
import { historySentences } from '../../lib/history/sentences';
import { createI18n } from '../../lib/i18n';
import type { CriterionId, FactId } from '../../lib/ids';
import { createPanel } from '../../lib/panel/create';
import type { HistoryItem } from '../../lib/panel/history';
import { builtinPack } from '../../lib/rubric';

const pack = builtinPack('yueyang-2023-alliance');

async function panelWithHistory() {
  const { panel } = await createPanel({
    name: '测试评审组',
    rubric: { id: pack.id, json: JSON.stringify(pack) },
    chair: { name: '李老师' },
    members: [],
    extractable: true,
  });
  const app = panel.addApplication({
    title: '某联盟',
    applicantUnit: '某校',
    recommendingBody: '',
  });
  const composition = 'composition' as CriterionId;
  panel.setScore(app, composition, 18);
  panel.setScore(app, composition, 18); // Enter, then blur: written twice, changed once
  panel.setScore(app, composition, 20);
  panel.setFact(app, 'hostQualifications' as FactId, {
    state: 'accepted',
    value: ['backboneTeacher'],
    evidence: [],
  });
  panel.setComment(app, composition, '团队结构合理');
  await panel.settled();
  const names = new Map(panel.members().map((m) => [m.id as string, m.name]));
  return { panel, app, names };
}

function sentences(items: HistoryItem[], names: Map<string, string>, language: 'zh-CN' | 'en') {
  const i18n = createI18n(language);
  return historySentences(items, {
    pack,
    language,
    names,
    t: (key, params) => i18n.t(`history:${key}`, params) as string,
  });
}

describe('history sentences', () => {
  it('says each change once, in words, newest first', async () => {
    const { panel, app, names } = await panelWithHistory();
    const days = sentences(panel.history(app), names, 'zh-CN');
    expect(days).toHaveLength(1);
    expect(days[0]!.label).toBe('今天');
    const texts = days[0]!.entries.map((e) => e.text);
    expect(texts).toEqual([
      '李老师 写了「团队构成」的评语：“团队结构合理”',
      '李老师 确认了「主持人申报条件」：具备一定科研能力公认的骨干教师',
      '李老师 把「团队构成」从 18 分改为 20 分',
      '李老师 给「团队构成」打了 18 分',
      '李老师 添加了这份申报《某联盟》',
    ]);
    for (const text of texts) expect(text).not.toMatch(/[{}[\]"]|backboneTeacher/);
  });

  it('speaks English too', async () => {
    const { panel, app, names } = await panelWithHistory();
    const texts = sentences(panel.history(app), names, 'en')[0]!.entries.map((e) => e.text);
    expect(texts).toContain('李老师 changed "Team composition" from 18 to 20');
  });

  it('groups by day', () => {
    const now = new Date(2026, 11, 5, 12);
    const item = (at: number, value: number): HistoryItem => ({
      key: 'r/a/m/s:composition',
      field: {
        kind: 'cell',
        reviewer: 'm' as never,
        field: { type: 'score', criterion: 'composition' as CriterionId },
      },
      by: 'm' as never,
      at,
      old: undefined,
      new: value,
      readable: true,
      current: false,
      overwritten: false,
    });
    const i18n = createI18n('zh-CN');
    const days = historySentences(
      [
        item(new Date(2026, 11, 5, 9).getTime(), 1),
        item(new Date(2026, 11, 4, 9).getTime(), 2),
        item(new Date(2026, 10, 1).getTime(), 3),
      ],
      {
        pack,
        language: 'zh-CN',
        names: new Map(),
        t: (k, p) => i18n.t(`history:${k}`, p) as string,
        now,
      },
    );
    expect(days.map((d) => d.label)).toEqual(['今天', '昨天', expect.stringContaining('11')]);
  });
});
