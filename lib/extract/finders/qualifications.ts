/**
 * The host's qualifications (申报条件) as codes, read only inside the section that states them
 * ("主持人申报条件", "申报条件", "主持人符合以下条件"): in prose, by their circled numbers
 * (①③), or as a checkbox list where only the marked conditions count. A section that names
 * none of the six gives an empty list: the host meets none of them.
 */
import {
  type ExtractedFact,
  HOST_QUALIFICATIONS,
  type HostQualification,
} from '../../facts/standard';
import type { FactDocument } from '../document';
import { findSection, type Span } from '../sections';
import { chosenOptions } from './choices';

const PATTERNS: Record<HostQualification, RegExp> = {
  provincialCompetition2ndPlus:
    /省级[^；;。①-⑥]{0,12}?(?:竞赛|比赛|大赛)[^；;。①-⑥]{0,8}?(?:特等奖|一等奖|二等奖)/,
  jinhuanCup1stPlus: /金鹮杯[^；;。①-⑥]{0,16}?(?:特等奖|一等奖)/,
  municipalProjectCompleted:
    /主持[^；;。①-⑥]{0,12}?(?:市级|省级|国家级|部级)[^；;。①-⑥]{0,10}?课题[^；;。①-⑥]{0,10}?结题/,
  qualityCourseMunicipal1stPlus:
    /(?:精品课|一师一优课|优课|微课)[^；;。①-⑥]{0,24}?(?:市级|省级|国家级|部级)[^；;。①-⑥]{0,6}?(?:特等奖|一等奖)/,
  teachingResearcher: /(?:专兼职|专职|兼职)?教研员/,
  backboneTeacher: /骨干教师/,
};

const SECTION =
  /主持人(?:申报)?条件|申报条件|主持人资格|主持人资质|主持人符合|符合以下条件|任职条件/;
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥'];

function codesIn(text: string): HostQualification[] {
  return HOST_QUALIFICATIONS.filter((code) => PATTERNS[code].test(text));
}

/** A marked list: each condition is an option; only the marked ones count. */
function checkedCodes(text: string): HostQualification[] | undefined {
  // Cut the text into options at each mark, so each condition is its own "label".
  const parts = text.split(/(?=[☑☒▣■√✓✔□☐○])|(?<=[☑☒▣■√✓✔□☐○])/).filter((p) => p.trim());
  const labels = parts.filter((p) => !/^[☑☒▣■√✓✔□☐○]$/.test(p.trim())).map((p) => p.trim());
  if (labels.length < 2 || labels.length === parts.length) return undefined;
  const chosen = chosenOptions(parts.join(' '), labels);
  if (!chosen) return undefined;
  return [...new Set(chosen.flatMap(codesIn))];
}

function fromSpan(text: string): HostQualification[] {
  const checked = checkedCodes(text);
  if (checked) return checked;
  const codes = new Set(codesIn(text));
  // "符合第①③条" / "条件①、③": circled numbers refer to the notice's list.
  const refs = /(?:条件|第)\s*([①-⑥](?:\s*[、，,和及]?\s*[①-⑥])*)/.exec(text);
  if (refs)
    for (const c of refs[1]!.match(/[①-⑥]/g) ?? [])
      codes.add(HOST_QUALIFICATIONS[CIRCLED.indexOf(c)]!);
  return HOST_QUALIFICATIONS.filter((code) => codes.has(code));
}

export function findHostQualifications(
  doc: FactDocument,
): ExtractedFact<HostQualification[]> | undefined {
  let span: Span | undefined = findSection(doc, SECTION);
  if (!span) {
    const m = /主持人[^。\n]{0,10}?符合[^。\n]{0,6}?条件[:：]?([^。\n]*)/.exec(doc.flow);
    if (m) span = { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  if (!span || span.text.trim() === '') return undefined;
  return { value: fromSpan(span.text), evidence: doc.evidenceForFlow(span.start, span.end) };
}
