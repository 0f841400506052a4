/**
 * What a piece of a person's description is, however a form writes it: "德育主任", "高级教师",
 * "教师/一级教师", "阜新市朝霞中学", "信息技术/Python编程", "联系电话15129267265". Used where
 * people are written as text (a role line in prose, "郑佳琪（校长，正高级教师）" in a field):
 * each piece is told apart by its shape, not by where it stands, so any order reads. The words
 * are general Chinese school vocabulary (titles, subjects, duties), not any call's.
 */
import type { Person } from '../../facts/standard';
import { cleanValue } from '../../pdf/structure/key-values';
import { LABELLED, labelsPattern, OTHER_LABELS } from './person-labels';
import { looksLikeUnit } from './unit-names';

/** Professional titles (职称). */
export const TITLE_WORDS =
  /^(?:(?:中学|小学|中小学|幼儿园)?(?:正高级|副高级|高级|一级|二级|三级)(?:教师)?|特级教师|(?:副)?教授|讲师|助教|(?:副|助理)?研究员|(?:高级|助理)?工程师|(?:高级)?讲师|未评|无)$/;

/** School subjects (学科), as forms name them. */
const SUBJECT_WORDS =
  /^(?:语文|数学|英语|外语|日语|俄语|物理|化学|生物|生物学|历史|地理|政治|思想政治|道德与法治|思品|科学|信息技术|信息科技|通用技术|劳动|劳动技术|劳动教育|音乐|美术|艺术|体育|体育与健康|书法|心理健康|心理健康教育|综合实践|综合实践活动|教育技术|特殊教育|学前教育|小学全科)$/;

/** How duties (职务) end. */
const DUTY_END =
  /(?:主任|校长|院长|组长|干事|书记|教研员|审核员|管理员|网管员|联络员|技术员|信息员|教师|老师|主管|科长|处长|局长|馆长|园长|主席|秘书|负责人|专员|干部|辅导员|电教员|教务员|资料员)$/;

export type PartKind =
  | 'phone'
  | 'title'
  | 'duty'
  | 'dutyTitle'
  | 'subject'
  | 'unit'
  | 'contact'
  | 'personal';

/**
 * "男", "46岁", "五十四岁", "1983年生", "汉族", "中共党员": said of a person, yet no field of a
 * person record.
 */
const PERSONAL =
  /^(?:男|女|(?:\d{2}|[二三四五六七]十[一二三四五六七八九]?)\s*(?:岁|周岁)|(?:出生于)?\s*(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月)?\s*(?:生|出生)?|汉族|[\p{Script=Han}]{1,3}族|中共党员|群众)$/u;

// A full-width hyphen ("0730－8223344", typed in full-width mode) is a hyphen.
const PHONE = /^(?:联系电话|电话|手机|手机号码?|联系方式|Tel)?\s*[:：]?\s*(\+?\d[\d\s－-]{6,}\d)$/i;
const CONTACT =
  /^(?:(?:QQ|qq|邮箱|电子邮箱|E-?mail)(?:\s*(?:或|\/|／)\s*(?:QQ|qq|邮箱|电子邮箱|E-?mail))?)?\s*[:：]?\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$|^(?:QQ|qq)(?:\s*(?:或|\/|／)\s*邮箱)?\s*[:：]?\s*\d{5,12}$/;

/** A subject, also with a specialty after a slash ("信息技术/Python编程"). */
export function isSubject(text: string): boolean {
  const first = text.split(/[/／]/)[0]!.trim();
  return SUBJECT_WORDS.test(first);
}

/** A teacher's title (一级教师…) standing anywhere in a longer piece of text. */
/** A teacher's professional title (职称) as forms write it. */
export const TEACHER_TITLE_WORDS = '(?:正高级|副高级|高级|一级|二级|三级|特级)教师';
const TEACHER_TITLE = new RegExp(TEACHER_TITLE_WORDS, 'u');

export function hasTeacherTitle(text: string): boolean {
  return TEACHER_TITLE.test(text);
}

export function isTitle(text: string): boolean {
  return TITLE_WORDS.test(text.trim());
}

export function isDuty(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 12 && DUTY_END.test(t) && !isTitle(t) && !looksLikeUnit(t);
}

/** "教师/一级教师", "教科室主任、正高级教师": a duty and a title in one piece. */
export function splitDutyTitle(text: string): { duty?: string; title?: string } {
  const parts = text
    .split(/[/／、，,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length >= 2) {
    if (isTitle(parts[0]!) && !isTitle(parts.at(-1)!)) {
      return { title: parts[0], duty: parts.slice(1).join('/') };
    }
    return { duty: parts[0], title: parts.slice(1).join('/') };
  }
  if (parts.length === 1) {
    const t = parts[0]!;
    if (isTitle(t)) return { title: t };
    // Duty and title on two lines of one cell, joined without a mark: "教务副主任高级教师".
    for (let i = 2; i < t.length - 1; i++) {
      const [head, tail] = [t.slice(0, i), t.slice(i)];
      if (isTitle(tail) && tail !== '无' && isDuty(head)) return { duty: head, title: tail };
    }
    return { duty: t };
  }
  return {};
}

/** The kind of one piece, or undefined when its shape says nothing sure. */
export function partKind(piece: string): PartKind | undefined {
  const t = piece.trim();
  if (PHONE.test(t)) return 'phone';
  if (CONTACT.test(t)) return 'contact';
  if (PERSONAL.test(t)) return 'personal';
  if (isTitle(t)) return 'title';
  if (isSubject(t)) return 'subject';
  if (looksLikeUnit(t)) return 'unit';
  const halves = t.split(/[/／]/);
  if (halves.length === 2 && isTitle(halves[1]!) && isDuty(halves[0]!)) return 'dutyTitle';
  if (halves.length === 2 && isTitle(halves[0]!) && isDuty(halves[1]!)) return 'dutyTitle';
  // A title after a slash names the pair's kind even when the duty is no word we know
  // ("网管/二级教师"): a duty and a title, not one duty.
  const other = halves.length === 2 && isTitle(halves[1]!) ? halves[0]!.trim() : '';
  if (other && other.length <= 10 && !isTitle(other) && !isSubject(other) && !looksLikeUnit(other))
    return 'dutyTitle';
  if (isDuty(t)) return 'duty';
  return undefined;
}

/** The subject of "信息技术教师", "数学老师", "信息科技/编程教师"; undefined for other posts. */
export function subjectTaught(text: string): string | undefined {
  const m = /^(.{2,16}?)(?:教师|老师)$/.exec(text.trim());
  return m && isSubject(m[1]!) ? m[1] : undefined;
}

/** The middle dot of a transcribed name, as files set it (U+00B7, U+30FB, U+2022, U+2027, U+FF65). */
export const NAME_DOT = /[·・•‧･]/;

/** A name with its middle dot written the one way (U+00B7). */
export function sameDot(name: string): string {
  return name.replace(new RegExp(NAME_DOT.source, 'gu'), '·');
}

/**
 * A name's characters as a pattern to build sentence patterns from (flag u): a transcribed name
 * whose parts a middle dot joins ("热依拉·艾力", longer than a Han name), or two to five Han
 * characters. isName() has the last word.
 */
export const NAME_CHARS = `(?:\\p{Script=Han}{1,6}(?:${NAME_DOT.source}\\p{Script=Han}{1,8}){1,2}|[\\p{Script=Han}·]{2,5})`;

const DOTTED_NAME = new RegExp(
  `^\\p{Script=Han}{1,6}(?:${NAME_DOT.source}\\p{Script=Han}{1,8}){1,2}$`,
  'u',
);

/** Column and field labels of a person's record (person-labels.ts): words of the form, never a name. */
const FIELD_WORDS = new RegExp(
  `^(?:成员)?(?:${labelsPattern([...LABELLED.map(([l]) => l), ...OTHER_LABELS])})$`,
);

/** Is this a person's name (two to five Han characters, a dotted transcription, a Latin name)? */
export function isName(text: string): boolean {
  if (NOBODY.test(text) && NOBODY.exec(text)![0] === text) return false;
  if (FIELD_WORDS.test(text)) return false;
  return (
    /^[\p{Script=Han}·]{2,5}$/u.test(text) ||
    DOTTED_NAME.test(text) ||
    /^[A-Za-z][A-Za-z .'-]{1,40}$/.test(text)
  );
}

/**
 * A cell or line saying nobody: empty, a dash standing for nothing ("—", "-", "／"), or words
 * saying the role has nobody yet ("无", "暂无", "待定").
 */
export function saysNobody(text: string): boolean {
  // "（无）", "(暂缺)": the word in brackets, as offices fill a role's row they have nobody for.
  const t = text
    .replace(/\s+/g, '')
    .replace(/[。；;，,]+$/, '')
    .replace(/^[（([【]([^（）()[\]【】]{1,6})[）)\]】]$/, '$1');
  return t === '' || /^[—–\-－―~～/／\\]+$/.test(t) || NOBODY.exec(t)?.[0] === t;
}

/** Words saying a role has nobody yet ("暂未确定", "待定"): never a name. */
export const NOBODY =
  /^(?:暂未确定|尚未确定|暂无|待定|暂缺|空缺|未定|不详|无)(?![\p{Script=Han}])|^(?:暂未确定|尚未确定|暂无|待定|暂缺|空缺)/u;

export interface Described {
  person: Person;
  /** Pieces whose kind could not be told (the person is then uncertain). */
  unknown: number;
  /** Pieces read one of two plausible ways ("某中学信息中心主任"): the person is then uncertain. */
  doubtful: number;
}

/** A person's field label before its value in a sentence ("学科/专长：", "职称："). */
const FIELD_LABEL =
  /^(?:学科[/／]?专长|学科|专长|任教学科|职务|职称|职务[/／]职称|工作单位|所在单位|单位)\s*[:：]\s*(?=\S)/;

/** A verb introducing a person's post in a sentence ("现任…", "任职于…"). */
const POST_VERB = /^(?:现任|现为|现就职于|现任职于|就职于|任职于|供职于|工作于)(?=\S{4})/;

/**
 * A person from a name and the pieces describing them ("德育主任", "高级教师", "联系电话…").
 * A piece of an unknown kind, or a second piece of a kind already read, counts as unknown.
 */
export function describe(name: string, pieces: string[]): Described {
  const person: Person = { name };
  let unknown = 0;
  let doubtful = 0;
  const set = (field: keyof Person, value: string) => {
    if (person[field] !== undefined) unknown++;
    else person[field] = value;
  };
  // "某中学信息技术教师": a teacher of a subject there, the subject read; the duty is its own
  // piece ("…信息技术教师，教务主任") when the form gives one.
  const setPost = (kind: 'duty' | 'title', text: string) => {
    const subject = kind === 'duty' ? subjectTaught(text) : undefined;
    if (subject) set('subject', subject);
    else set(kind, text);
  };
  for (const raw of pieces) {
    // "现任某校教务主任", "就职于某校": the verb of the sentence is no part of the unit; "学科/专长：
    // 信息科技": a field's label before its value is no part of it.
    const piece = raw.trim().replace(POST_VERB, '').replace(FIELD_LABEL, '');
    if (!piece) continue;
    switch (partKind(piece)) {
      case 'phone':
        set('phone', PHONE.exec(piece)![1]!.replace(/[\s－-]+/g, ''));
        break;
      case 'contact':
      case 'personal':
        break; // an e-mail or QQ is not a field of a person record
      case 'title':
        // "…教师，教授，特级教师": two ranks where a form's sentence has a post then a rank; the
        // first stands in the post's place. Which is which is a reading: the person is doubtful.
        if (person.title !== undefined && person.duty === undefined) {
          person.duty = person.title;
          person.title = piece;
          doubtful++;
        } else set('title', piece);
        break;
      case 'subject':
        // Spaces a file sets beside Chinese go; a space between two Latin words stays
        // ("App Inventor").
        set(
          'subject',
          piece.replace(/\s+/g, (gap, at: number, all: string) =>
            /[A-Za-z]/.test(all[at - 1] ?? '') && /[A-Za-z]/.test(all[at + gap.length] ?? '')
              ? ' '
              : '',
          ),
        );
        break;
      case 'unit':
        set('unit', piece);
        break;
      case 'duty': {
        const joined = unitThenDuty(piece);
        if (joined) {
          set('unit', joined.unit);
          setPost(joined.kind, joined.rest);
          if (joined.ambiguous) doubtful++;
        } else setPost('duty', piece);
        break;
      }
      case 'dutyTitle': {
        const { duty, title } = splitDutyTitle(piece);
        if (duty) set('duty', duty);
        if (title) set('title', title);
        break;
      }
      default: {
        // "某县某小学教学副校长": a unit and a duty (or title) written without a mark.
        const joined = unitThenDuty(piece);
        if (joined) {
          set('unit', joined.unit);
          setPost(joined.kind, joined.rest);
          if (joined.ambiguous) doubtful++;
        } else unknown++;
      }
    }
  }
  return { person, unknown, doubtful };
}

/**
 * A unit's name followed by a duty or a title, with nothing between them. The unit must name
 * its place (市, 县, 区…): "信息中心主任" is a duty, not a unit 信息中心 and a duty 主任.
 */
export function unitThenDuty(
  text: string,
): { unit: string; rest: string; kind: 'duty' | 'title'; ambiguous?: boolean } | undefined {
  const splits: { unit: string; rest: string; kind: 'duty' | 'title' }[] = [];
  for (let i = text.length - 2; i >= 4; i--) {
    const [unit, rest] = [text.slice(0, i), text.slice(i)];
    if (unit.length < 6 || !/[省市县区镇乡]/.test(unit) || !looksLikeUnit(unit)) continue;
    if (isTitle(rest)) splits.push({ unit, rest, kind: 'title' });
    else if (isDuty(rest)) splits.push({ unit, rest, kind: 'duty' });
  }
  if (splits.length <= 1) return splits[0];
  // "某中学信息中心主任": a school's name, then a department's duty, rather than a unit "某中学
  // 信息中心" and a duty "主任". Which one is meant is a reading, not a certainty.
  const school = splits.find((s) => SCHOOL_END.test(s.unit));
  return { ...(school ?? splits[0]!), ambiguous: true };
}

/** How a school's own name ends (a department inside it would follow). */
const SCHOOL_END = /(?:学校|中学|小学|大学|学院|幼儿园|分校|校区)$/;

/** A cell's text as one value: a wrapped cell's lines join without the space between them. */
export function joinedText(text: string): string {
  return cleanValue(text).replace(/(?<=[\p{Script=Han}/／])\s+|\s+(?=[\p{Script=Han}/／])/gu, '');
}

/** Pieces of a description: split at commas and enumeration marks (not at "/", a pair). */
export function pieces(text: string): string[] {
  return text
    .split(/[，,、；;]/)
    .map((p) => p.trim())
    .filter(Boolean);
}
