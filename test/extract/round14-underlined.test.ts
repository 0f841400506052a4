/**
 * Round 14: options chosen by underlining (and bolding) instead of a tick, as a web form laid
 * out with CSS grid prints them ("小学　<u>初中</u>　高中"), in a ruled cell beside its label.
 */

import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/extract';
import type { Ruling } from '../../lib/pdf/rulings';
import { buildPageText, type PageText } from '../../lib/pdf/text';
import { builtinPack } from '../../lib/rubric';
import { cpuNow } from '../cpu-clock';
import { item } from './pages';

const yueyang = builtinPack('yueyang-2023-alliance');
const VIEW: [number, number, number, number] = [0, 0, 595, 842];
const SIZE = 11;

/** A row of a two-cell table: label at 60, words from 160 a space apart; some underlined. */
function row(
  label: string,
  lines: { word: string; under?: boolean }[][],
  top: number,
): { items: TextItem[]; rulings: Ruling[] } {
  const items: TextItem[] = [item(label, 60, top - 16)];
  const rulings: Ruling[] = [];
  lines.forEach((words, li) => {
    const y = top - 16 - li * 16;
    let x = 160;
    for (const { word, under } of words) {
      const width = Array.from(word).length * SIZE;
      items.push(item(word, x, y));
      if (under) rulings.push({ horizontal: true, at: y - 1.5, from: x, to: x + width });
      x += width + SIZE;
    }
  });
  const bottom = top - 12 - lines.length * 16;
  rulings.push(
    { horizontal: true, at: top, from: 50, to: 545 },
    { horizontal: true, at: bottom, from: 50, to: 545 },
    ...[50, 150, 545].map((at) => ({ horizontal: false, at, from: bottom, to: top })),
  );
  return { items, rulings };
}

function form(...rows: { items: TextItem[]; rulings: Ruling[] }[]): PageText {
  return buildPageText(
    1,
    VIEW,
    0,
    [item('网络教研联盟申报表', 200, 800, 16), ...rows.flatMap((r) => r.items)],
    rows.flatMap((r) => r.rulings),
  );
}

const words = (list: string, chosen: string[]) =>
  list.split(' ').map((word) => ({ word, under: chosen.includes(word) }));

describe('options chosen by underlining', () => {
  it('reads the underlined option as the ticked one, in one cell', () => {
    const page = form(row('学段', [words('小学 初中 高中', ['初中'])], 760));
    const facts = extractFacts([page], { pack: yueyang });
    expect(facts.stages?.value).toEqual(['初中']);
    const line = page.lines.find((l) => page.text.slice(l.start, l.end).includes('小学'));
    expect(line?.cells).toHaveLength(2);
  });

  it('reads several underlined options of a grid that wraps onto a second line', () => {
    const page = form(
      row('学段', [words('小学 初中 高中', ['初中', '高中'])], 760),
      row(
        '承担年级（册）',
        [
          words('三上 三下 四上 四下 五上 五下 六上 六下 七上 七下 八上 八下 九上 九下 高一上', [
            '八上',
          ]),
          words('高一下 高二上 高二下', ['高二下']),
        ],
        720,
      ),
    );
    const facts = extractFacts([page], { pack: yueyang });
    expect(facts.stages?.value).toEqual(['初中', '高中']);
    expect(facts.gradeVolumes?.value).toEqual(['八上', '高二下']);
  });

  it('marks nothing when every option is underlined, or one line runs under two options', () => {
    const all = form(row('学段', [words('小学 初中 高中', ['小学', '初中', '高中'])], 760));
    expect(all.text).not.toMatch(/[☑☐]/);
    const both = row('学段', [words('小学 初中 高中', [])], 760);
    both.rulings.push({ horizontal: true, at: 742.5, from: 160, to: 160 + 5 * SIZE });
    expect(form(both).text).not.toMatch(/[☑☐]/);
  });

  it('leaves an underlined field value alone (a colon: no choice)', () => {
    const value = '岳阳市某某网络教研联盟';
    const page = buildPageText(
      1,
      VIEW,
      0,
      [item('联盟名称：', 60, 700), item(value, 115, 700), item('主持人：张三', 300, 700)],
      [{ horizontal: true, at: 698.5, from: 115, to: 115 + value.length * SIZE }],
    );
    expect(page.text).not.toMatch(/[☑☐]/);
  });

  it('reads a choice line in free text after its label and colon', () => {
    const line = (text: string, y: number, under: string[]) => {
      const items: TextItem[] = [];
      const rulings: Ruling[] = [];
      const [label, ...options] = text.split(' ');
      items.push(item(`${label}${options[0]}`, 60, y));
      let x = 60 + Array.from(label!).length * SIZE;
      for (const [k, word] of options.entries()) {
        if (k > 0) items.push(item(word, x, y));
        const width = Array.from(word).length * SIZE;
        if (under.includes(word))
          rulings.push({ horizontal: true, at: y - 1.5, from: x, to: x + width });
        x += width + SIZE;
      }
      return { items, rulings };
    };
    const stage = line('学段： 小学 初中 高中', 700, ['小学']);
    const fields = line('联系人： 张三 电话： 13900000000', 670, ['张三']);
    const page = buildPageText(
      1,
      VIEW,
      0,
      [...stage.items, ...fields.items],
      [...stage.rulings, ...fields.rulings],
    );
    const facts = extractFacts([page], { pack: yueyang });
    expect(facts.stages?.value).toEqual(['小学']);
    expect(page.text).not.toMatch(/[☑☐]张三/);
  });

  it('stays quick on a page of 20,000 short lines and 5,000 rulings under them', () => {
    const items = Array.from({ length: 20_000 }, (_, k) => item('甲 乙', 60, 800 - k * 0.04));
    const rulings: Ruling[] = Array.from({ length: 5_000 }, (_, k) => ({
      horizontal: true,
      at: 798.5 - k * 0.16,
      from: 60,
      to: 71,
    }));
    const started = cpuNow();
    buildPageText(1, VIEW, 0, items, rulings);
    expect(cpuNow() - started).toBeLessThan(20_000);
  });

  it('stays quick on a line of 100,000 spaces under an underline', () => {
    const started = cpuNow();
    buildPageText(
      1,
      VIEW,
      0,
      [item(`甲${' '.repeat(100_000)}乙`, 60, 700), item('丙 丁', 60, 680)],
      [{ horizontal: true, at: 698.5, from: 60, to: 71 }],
    );
    expect(cpuNow() - started).toBeLessThan(3000);
  });
});
