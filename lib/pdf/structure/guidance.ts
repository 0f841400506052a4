/**
 * A template's guidance left in the cells: the grey notes in brackets beside, under or above
 * the place for a value — "（限20字以内，须准确概括申报内容方向）", "（如：2019年9月；须开展2年以上
 * 实践）", "（不少于4个，不含牵头单位）", "（6—8个）", "（填写全称）", "（盖章）", "（在□内打√，可多选）",
 * "（可加行）", "（县市区教育技术部门）". They say how to fill the field in, give an example or the
 * call's threshold: never the applicant's value, and a field holding only guidance is empty.
 * Many producers print them in black, so they are told by their words, not their colour.
 */

/** Bracketed text, at most this long: a note, not a paragraph. */
const BRACKETED = /[（(]([^（）()]{1,80})[）)]/g;

/** A note that opens as an instruction, a limit, an example or a form's stamp line. */
const OPENS =
  /^(?:限|如[:：]|如\d|例如|比如|不少于|不超过|不多于|不低于|不高于|至少|最多|最少|须|需|必须|务必|请|应[填按为当]|填写|可加|可附|可多|可另|可续|在[□☐○\s]*内|打[√✓“"]|示例|例[:：]|格式|由.{1,10}填|按.{1,10}填|按.{1,8}规范|列出|若干|盖章|加盖|公章|签章|签字|签名|年月|单位全称|全称)/;

/**
 * Words that only guidance uses, wherever they stand in the note; a name's pattern of parts
 * joined by + (江州市+学科+姓名+…), twice at least (人工智能+教育 may be a theme's own name).
 */
const SAYS =
  /字以内|字以下|可多选|限选|选一|之一|可加行|可附页|另附页|打√|打“√”|打"√"|填写|如[:：]|示例|格式[:：]|[\p{Script=Han}][+＋][\p{Script=Han}][^+＋]*[+＋][\p{Script=Han}]|不含牵头|(?:以上|以下)(?:实践|学校|单位)/u;

/** A count or a range of counts the call asks for: （6—8个）, （8-15人，只能加入一个联盟）, （1人，…）. */
const COUNT_RANGE =
  /^(?:\d+|[一二两三四五六七八九十]+)(?:[-—–~～至到](?:\d+|[一二两三四五六七八九十]+))?(?:个|人|条|节|名|所|项|字|类|篇|次)(?:$|[，,；;、])/;

/** The kind of body that fills a field in, named without its name: （县市区教育技术部门）. */
const KIND_OF_BODY =
  /^(?:县市区|县市|市县|区县|县区|省市|省级|市级|县级|区级|校级|各级?)[\p{Script=Han}]{0,12}(?:部门|单位|机构|学校|教育局)$/u;

/** Is the bracket's content (spaces removed) the template's guidance? */
export function isGuidance(content: string): boolean {
  const c = content.replace(/\s+/g, '');
  if (!c) return false;
  return OPENS.test(c) || SAYS.test(c) || COUNT_RANGE.test(c) || KIND_OF_BODY.test(c);
}

/**
 * The text without its bracketed guidance notes (see above); spaces left where a note stood
 * between two pieces of the value are closed to one. Text of hostile length is bounded by the
 * regular expressions' linear scans (no nesting, no backtracking over the whole text).
 */
export function withoutGuidance(text: string): string {
  if (!/[（(]/.test(text)) return text;
  const out = text.replace(BRACKETED, (whole, content: string) =>
    isGuidance(content) ? ' ' : whole,
  );
  return out === text ? text : out.replace(/[ \t]{2,}/g, ' ').trim();
}

/** A text that is nothing but guidance notes (and spaces): an empty field. */
export function onlyGuidance(text: string): boolean {
  return /[（(]/.test(text) && withoutGuidance(text).replace(/\s+/g, '') === '';
}
