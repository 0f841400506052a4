/**
 * Does a piece of text name a unit (a school, a bureau, a centre)? By how unit names end, in
 * general Chinese: 学校, 中学, 教育局, 中心… And splitting a written list of units ("A、B和C").
 */
import { cleanValue } from '../../pdf/structure/key-values';
import { noteReference } from '../note-references';

/** A cell that marks its row or card as the lead unit's: "牵头单位", "牵头学校", "牵头". */
export const LEAD_LABEL = /^牵头(?:单位|学校)?$/;
/** "鞍山市第四十九高级中学（牵头单位）": the lead unit marked in its name. */
export const LEAD_MARK = /[（(]\s*牵头(?:单位|学校)?\s*[）)]$/;

/** Does a string read like the name of a school or an institution? */
export function looksLikeUnit(text: string): boolean {
  // "见文末注②": the unit's name moved to a note, read from it once found (note-references.ts).
  if (noteReference(text)) return true;
  // "华容县教育技术装备中心（仪电站）": a bracketed other name after the unit's name.
  const name = text.replace(/[（(][^（）()]{1,12}[）)]$/, '');
  // "1.甲市第一中学（…）2.甲市…": items of a numbered list run together, not one name.
  if (/(?:^|\D)\d{1,2}\s*[.．、]\s*\p{Script=Han}/u.test(text)) return false;
  // "成员来自5所学校": a sentence counting units, not a unit's name.
  if (/(?:\d|[一二两三四五六七八九十])\s*(?:所|个|家)(?:学校|单位)/.test(name)) return false;
  return (
    name.length >= 4 &&
    text.length <= 40 &&
    /(学校|中学|小学|大学|学院|幼儿园|教育局|中心|研究院|研究所|研究室|教研室|馆|局|园|校|部|处|所|站|室|集团|公司|委员会|基地|分校|校区|教科院|研修院)$/.test(
      name,
    )
  );
}

/** "A、B、C和D": split at separators, and at 和/及 only where both sides name a unit (和平区). */
export function splitUnitList(text: string): string[] {
  const items = text
    .split(/[、，,；;]/)
    .map((s) => cleanValue(s.replace(/等$/, '')))
    .filter((s) => s !== '');
  return items.flatMap((item) => {
    if (looksLikeUnit(item) && !/(以及|和|及)/.test(item)) return [item];
    for (const m of item.matchAll(/以及|和|及/g)) {
      const left = item.slice(0, m.index);
      const right = item.slice(m.index + m[0].length);
      if (looksLikeUnit(left) && looksLikeUnit(right)) return [left, right];
    }
    return [item];
  });
}
