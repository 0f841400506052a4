/**
 * Whether a person read from a form looks like one: each field has the shape its kind of value
 * has everywhere (a name is two to four Han characters, a phone is a phone number, a unit is
 * not a phone number or a label). A record that fails was put together from the wrong cells —
 * a header row taken as a person, fields shifted by a wrapped cell, a sentence cut in the wrong
 * place — and its list is proposed as uncertain rather than as read. The shapes are those of any
 * Chinese form, not of one layout: they hold for a people table, a card or a sentence alike.
 */
import type { Person } from '../../facts/standard';
import { isDuty, isTitle, NAME_DOT } from './person-parts';

/** Two to four Han characters; a minority name may join parts with a middle dot. */
const NAME = new RegExp(
  `^[\\u4e00-\\u9fff]{2,4}$|^[\\u4e00-\\u9fff]{1,6}(?:${NAME_DOT.source}[\\u4e00-\\u9fff]{1,8}){1,2}$`,
  'u',
);

/**
 * Words that label a field or name a role: a "name" made of them is a header cell or a role
 * column, and a value holding one with a colon is a label that leaked into it.
 */
const LABEL_WORDS =
  /姓名|名单|单位|职务|职称|电话|手机|联系|学科|专长|年龄|性别|序号|备注|主持人|负责人|成员|顾问|辅导员|管理员|审核|教师$|学校$|中学$|小学$|中心$/u;

const LEAKED_LABEL = /(姓\s*名|单\s*位|职\s*务|职\s*称|电\s*话|手\s*机|学\s*科)\s*[:：]/u;

/**
 * A mobile (11 digits from 1), a landline with area code, or a local number (which never starts
 * with 0 or 1: eight digits from 1 are a mobile number cut short).
 */
const PHONE = /^(?:\+?86)?(?:1[3-9]\d{9}|0\d{2,3}\d{7,8}|[2-9]\d{6,7})(?:转\d{1,5})?$/u;

function plausibleName(name: string): boolean {
  const bare = name.replace(/\s+/g, '');
  return NAME.test(bare) && !LABEL_WORDS.test(bare);
}

function plausiblePhone(phone: string): boolean {
  return PHONE.test(phone.replace(/[\s\-－—()（）]/g, ''));
}

/** A free-text field (unit, duty, title, subject): words, not a number or a label. */
function plausibleText(text: string, name: string): boolean {
  const bare = text.replace(/\s+/g, '');
  if (bare.length === 0 || bare.length > 40) return false;
  if (!/[\u4e00-\u9fffA-Za-z]/u.test(bare)) return false; // digits or marks only
  if (/\d{7,}/.test(bare)) return false; // a phone number in the wrong field
  if (LEAKED_LABEL.test(text)) return false;
  return bare !== name.replace(/\s+/g, '');
}

/** The fields of `person` that do not have their kind's shape (empty when it looks right). */
export function implausibleFields(person: Person): (keyof Person)[] {
  const bad: (keyof Person)[] = [];
  if (!plausibleName(person.name)) bad.push('name');
  if (person.phone !== undefined && !plausiblePhone(person.phone)) bad.push('phone');
  for (const key of ['unit', 'duty', 'title', 'subject'] as const) {
    const value = person[key];
    if (value !== undefined && !plausibleText(value, person.name)) bad.push(key);
  }
  // A duty where the title should be and a title where the duty should be ("职务 | 高级教师",
  // "职称 | 教务主任"): the row's cells were shifted by one column, or read in the wrong order.
  const { duty, title } = person;
  if (title !== undefined && !isTitle(title) && isDuty(title) && !bad.includes('title')) {
    bad.push('title');
  }
  if (duty !== undefined && isTitle(duty) && title !== undefined && !isTitle(title)) {
    bad.push('duty');
  }
  return bad;
}

/** Whether every person of a list looks like one, and nobody is listed twice. */
export function plausiblePeople(people: readonly Person[]): boolean {
  const names = new Set<string>();
  for (const p of people) {
    if (implausibleFields(p).length > 0 || names.has(p.name)) return false;
    names.add(p.name);
  }
  return true;
}
