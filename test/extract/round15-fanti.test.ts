/**
 * Round 15 (held-out v15 as a development set): forms typed in traditional characters over
 * simplified values — a Hong Kong or Taiwan template, or a Word user who converted the labels —
 * with the colons such users type (︰ from Big5-era fonts and Traditional-Chinese input methods,
 * ∶ offered by pinyin input methods beside ：), full-width digits in phones and counts, and
 * tables exported without borders (pandoc → .odt → LibreOffice).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import { simplified } from '../../lib/pdf/hant';
import { normalize, normalizeText } from '../../lib/pdf/normalize';
import { builtinPack } from '../../lib/rubric';
import { page } from './pages';

const liaoning = builtinPack('liaoning-2022-community');
const mingshi = builtinPack('mingshi-2024-studio');

describe('colons typed with look-alike characters', () => {
  it('reads ︰ ∶ ꞉ as the full-width colon, one character for one', () => {
    expect(normalize('項目名稱︰甲')).toBe('項目名稱：甲');
    expect(normalize('项目名称∶甲')).toBe('项目名称：甲');
    expect(normalize('项目名称꞉甲')).toBe('项目名称：甲');
    // ﹕ and ︓ are colons by NFKC already.
    expect(normalize('项目名称﹕甲')).toBe('项目名称:甲');
    const n = normalizeText('名稱︰甲');
    expect(n.text.length).toBe(4);
    expect(Array.from(n.toSource)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads fields whose label ends in any of them', () => {
    const facts = extractFacts(
      [
        page([
          '共同體名稱︰甲市智慧体育实践共同体',
          '主持單位∶甲市第一中学',
          '推薦部門﹕甲市教育局',
          '開展實踐時間︰2019年9月',
          '所属方向︰足球技战术视频分析',
        ]),
      ],
      { pack: liaoning },
    );
    expect(facts.projectName?.value).toBe('甲市智慧体育实践共同体');
    expect(facts.leadUnit?.value).toBe('甲市第一中学');
    expect(facts.recommendingBody?.value).toBe('甲市教育局');
    expect(facts.practiceStart?.value).toBe('2019-09');
    expect(facts.direction?.value).toBe('足球技战术视频分析');
  });

  it('reads a count after ︰ in 大写 numerals', () => {
    const facts = extractFacts(
      [page(['名師工作室名稱︰甲市信息科技名师网络工作室', '带教青年教師數︰拾贰名'])],
      { pack: mingshi },
    );
    expect(facts.projectName?.value).toBe('甲市信息科技名师网络工作室');
    expect(facts.trainees?.value).toBe(12);
  });
});

describe('traditional characters of any label', () => {
  it('folds every traditional character whose simplified form is in GB2312, one for one', () => {
    for (const [t, s] of [
      ['開展實踐時間', '开展实践时间'],
      ['聯係電話', '联系电话'],
      ['資源內容審核管理員', '资源内容审核管理员'],
      ['每年原創或深度二次加工資源計劃', '每年原创或深度二次加工资源计划'],
      ['職稱（職級）', '职称（职级）'],
      ['所在地區', '所在地区'],
      ['學校類型', '学校类型'],
    ])
      expect(simplified(t)).toBe(s);
  });

  it('leaves characters in use in simplified text as they are (乾 著 夥 後 stays 后)', () => {
    expect(simplified('乾坤著名夥伴')).toBe('乾坤著名夥伴');
    expect(simplified('後')).toBe('后');
    expect(simplified('𠀀a１')).toBe('𠀀a１');
  });
});
