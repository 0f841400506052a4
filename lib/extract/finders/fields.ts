/**
 * The text fields of a form: project (alliance) name, category, application direction, lead
 * unit and recommending body. Each is a label → value lookup with the labels real forms use,
 * most specific first.
 */
import type { ExtractedFact } from '../../facts/standard';
import type { FactDocument } from '../document';
import { cleanValue, evidenceOf, type Found, findField } from '../labels';

export const FIELD_LABELS = {
  projectName: [
    ['项目名称', '共同体名称', '共同体项目名称', '实践共同体名称', '申报项目名称', '项目全称'],
    ['网络教研联盟名称', '教研联盟名称', '联盟名称', '名称'],
  ],
  category: [['类别', '项目类别', '申报类别', '所属类别', '共同体类别']],
  direction: [['应用方向', '申报方向', '所属方向', '项目方向', '方向']],
  leadUnit: [
    ['牵头单位', '共同体牵头单位', '牵头学校', '项目牵头单位'],
    ['申报单位', '主持单位'],
    ['所在单位'],
  ],
  recommendingBody: [['推荐单位', '推荐部门', '推选单位', '推荐单位名称', '推荐机构']],
} as const;

type FieldId = keyof typeof FIELD_LABELS;

/** Stamps and signatures written into a unit's cell. */
function withoutStamp(value: string): string {
  return cleanValue(value.replace(/[（(]\s*(盖章|公章|签章|章)\s*[）)]\s*$/, ''));
}

function lookup(doc: FactDocument, groups: readonly (readonly string[])[], extra: string[] = []) {
  for (const labels of [extra, ...groups]) {
    if (labels.length === 0) continue;
    const found = findField(doc, labels);
    if (found) return found;
  }
  return undefined;
}

/** "由大连市教育局推荐", "经华容县教育技术中心推选". */
function recommendedBy(doc: FactDocument): Found | undefined {
  const m =
    /(?:由|经)([^\n\t。；，,由经]{3,24}?(?:局|中心|厅|委员会|大学|学院|部门|处|站))(?:审核)?(?:推荐|推选|择优推荐)/.exec(
      doc.flow,
    );
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return { value: m[1]!, flow: [start, start + m[1]!.length] };
}

export function findFields(
  doc: FactDocument,
  extraLabels: Partial<Record<FieldId, string[]>> = {},
): Partial<Record<FieldId, ExtractedFact<string>>> {
  const out: Partial<Record<FieldId, ExtractedFact<string>>> = {};
  for (const id of Object.keys(FIELD_LABELS) as FieldId[]) {
    let found = lookup(doc, FIELD_LABELS[id], extraLabels[id]);
    if (!found && id === 'recommendingBody') found = recommendedBy(doc);
    if (!found) continue;
    const value =
      id === 'leadUnit' || id === 'recommendingBody' ? withoutStamp(found.value) : found.value;
    if (!value) continue;
    out[id] = { value, evidence: evidenceOf(doc, found) };
  }
  return out;
}
