/**
 * Traditional characters of a form's labels read as simplified ones: a form may print 所在單位,
 * 職稱, 主要成員, 項目名稱 over simplified values, and the pack's words are simplified. One
 * character for one, so offsets into the text stay where they were; the characters are those of
 * the words a form labels its fields and people with, not a full conversion (values are never
 * rewritten). Labels are matched either by folding the text (`simplified`) or by patterns that
 * take each label character in either writing (`eitherWriting`), which leave the text as it is.
 */
import { escapeRegex } from '../regex';

const TRADITIONAL =
  '單職務稱聯繫電話員學專長負責顧問輔導審資內與組織師範實驗區縣級類別號碼項經營牽頭論課題參體冊選薦構報時間圍設計劃數據標準網絡傳統說簡歷業績獲獎優榮譽條協會廳屬訊態況檔應現達續覽見陽東華濟遼寧嶽貴廣雲龍歲齡觀點線總結預創發開測評價擬視頻讀寫認證機關處辦書記們個為這來對於後並幾將從門隊團進鄉鎮邊遠際規歸帶領銜勵權郵樓層種樣齊擔當語勞動藝術園兒廠產醫藥衛綜維護錄圖館階段韻屆';
const SIMPLIFIED =
  '单职务称联系电话员学专长负责顾问辅导审资内与组织师范实验区县级类别号码项经营牵头论课题参体册选荐构报时间围设计划数据标准网络传统说简历业绩获奖优荣誉条协会厅属讯态况档应现达续览见阳东华济辽宁岳贵广云龙岁龄观点线总结预创发开测评价拟视频读写认证机关处办书记们个为这来对于后并几将从门队团进乡镇边远际规归带领衔励权邮楼层种样齐担当语劳动艺术园儿厂产医药卫综维护录图馆阶段韵届';

const FOLD = new Map([...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]!]));
/** Simplified → its traditional forms. */
const UNFOLD = new Map<string, string>();
for (const [t, s] of FOLD) UNFOLD.set(s, (UNFOLD.get(s) ?? '') + t);

/** The text with the traditional characters of labels written simplified, character for character. */
export function simplified(text: string): string {
  let out = '';
  for (const c of text) out += FOLD.get(c) ?? c;
  return out;
}

/** A label's character as a pattern that matches it in either writing: 单 → [单單]. */
export function eitherWriting(c: string): string {
  const simple = FOLD.get(c) ?? c;
  const other = UNFOLD.get(simple);
  return other ? `[${simple}${other}]` : escapeRegex(c);
}

/** A label as a pattern taking each character in either writing, `between` between them. */
export function labelSource(label: string, between = ''): string {
  return Array.from(label).map(eitherWriting).join(between);
}
