/**
 * The demo panels' reviews, so a newcomer's chair's desk has something on it: five fictional
 * experts each confirm the facts and score every application, then submit. Their scores disagree
 * the way real panels do: one lenient and one harsh expert, more disagreement on some applications
 * than others, one fact confirmed with two values, and one expert from a unit an application names
 * (a conflict of interest). Everything is deterministic (no randomness) and written through the
 * Panel's public API by identities opened from the demo members' invitations, exchanged with the
 * chair's panel as signed `.rdsync` files, exactly as members working offline would.
 */
import { toBase64 } from '../crypto/bytes';
import type { Invitation } from '../identity/invitation';
import type { ApplicationId, CriterionId, FactId } from '../ids';
import type { NewMember } from '../panel/create';
import type { Panel } from '../panel/panel';
import { allCriteria, builtinPack, type Criterion, type RubricPack } from '../rubric';
import { joinFromInvitation } from '../sync/join';
import { exportRdsync, importRdsync } from '../sync/rdsync';
import type { DemoApplication, DemoPanel } from './types';

/** The demo chair: this device's user in the app, a fictional expert in the CLI's files. */
export const DEMO_CHAIR = { name: '示例专家（组长）', unit: '示例评审中心' };

/** Offsets from the application's merit, in points of 100: 丁 is lenient, 戊 harsh. */
const EXPERTS = [
  { name: '示例专家乙', unit: '示例师范大学', offset: 0 },
  { name: '示例专家丙', unit: '示例教研室', offset: 1 },
  { name: '示例专家丁', unit: '示例教育学院', offset: 8 },
  { name: '示例专家戊', unit: '示例电化教育馆', offset: -9 },
  // Unit filled per panel: a unit only one application names (the conflict of interest).
  { name: '示例专家己', unit: '', offset: -1 },
] as const;

/** How much the experts' offsets count on an application: some split the panel, some do not. */
const CONTROVERSY = [1, 0.4, 1.5] as const;

/** The expert who confirms a fact differently, and on which application (by index). */
const DISPUTING_EXPERT = 1;
const DISPUTED_APPLICATION = 1;
const CONFLICTED_EXPERT = 4;
const CONFLICT_APPLICATION = 2;

/** The units an application names in `facts` (text facts, unit lists, people's units). */
function unitsNamed(app: DemoApplication, facts: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of facts) {
    const value = app.facts[id];
    if (typeof value === 'string') out.push(value);
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const unit = (item as { unit?: unknown; name?: unknown } | null)?.unit;
      if (typeof unit === 'string') out.push(unit);
      else if (id === 'memberUnits' && typeof item?.name === 'string') out.push(item.name);
    }
  }
  return out;
}

/**
 * The conflicted expert's unit: the one named by the fewest applications (looking from the third
 * on), so the demo shows a conflict of interest on one application or two, not on every row.
 */
function conflictUnit(panel: DemoPanel): string {
  const apps = panel.applications;
  // The facts the pack's conflict-of-interest rule reads.
  const facts = builtinPack(panel.rubricId).panelRules.flatMap((r) =>
    r.kind === 'conflictOfInterest' ? r.facts : [],
  );
  const count = new Map<string, number>();
  for (const app of apps) {
    for (const unit of new Set(unitsNamed(app, facts))) count.set(unit, (count.get(unit) ?? 0) + 1);
  }
  let best: string | undefined;
  for (let k = 0; k < apps.length; k++) {
    const app = apps[(CONFLICT_APPLICATION + k) % apps.length]!;
    for (const unit of unitsNamed(app, facts)) {
      if (best === undefined || count.get(unit)! < count.get(best)!) best = unit;
    }
  }
  return best ?? '示例实验学校';
}

/** The demo panel's members besides the chair: five reviewers. */
export function demoReviewers(panel: DemoPanel): NewMember[] {
  return EXPERTS.map((e, i) => ({
    name: e.name,
    unit: i === CONFLICTED_EXPERT ? conflictUnit(panel) : e.unit,
    role: 'reviewer' as const,
  }));
}

/** A fixed pseudo-random number in [−1, 1] for a tuple of small integers (FNV-1a). */
function jitter(...keys: number[]): number {
  let h = 2166136261;
  for (const k of keys) {
    h ^= (k + 0x9e3779b9) >>> 0;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return ((h % 2001) - 1000) / 1000;
}

/** What one expert gives one application, in points of 100 (before the criteria split it). */
function target(app: DemoApplication, a: number, r: number): number {
  const merit = app.flaw ? 67 + 5 * jitter(a) : 80 + 6 * jitter(a);
  const offset = EXPERTS[r]!.offset * CONTROVERSY[a % CONTROVERSY.length]!;
  return merit + offset + 2 * jitter(a, r);
}

function scoreFor(c: Criterion, share: number, a: number, r: number, i: number): number {
  const raw = c.max * share + 0.9 * jitter(a, r, i);
  const stepped = Math.round(raw / c.step) * c.step;
  return Math.min(c.max, Math.max(0, stepped));
}

/** The value an expert confirms for a fact; the disputing expert moves one month or count fact. */
function confirmed(pack: RubricPack, app: DemoApplication, fact: string, dispute: boolean) {
  const value = app.facts[fact];
  if (!dispute) return { state: 'accepted' as const, value };
  const type = pack.facts.find((f) => f.id === fact)?.type;
  if (type === 'month' && typeof value === 'string') {
    const [y, m] = value.split('-').map(Number) as [number, number];
    const moved = y * 12 + (m - 1) + 6;
    const text = `${Math.floor(moved / 12)}-${String((moved % 12) + 1).padStart(2, '0')}`;
    return { state: 'corrected' as const, value: text };
  }
  return { state: 'corrected' as const, value: (value as number) + 1 };
}

/** The fact the disputing expert reads differently: the first month fact, else integer fact. */
function disputedFact(pack: RubricPack, app: DemoApplication): string | undefined {
  const present = pack.facts.filter((f) => app.facts[f.id] !== undefined && !f.derive);
  return (
    present.find((f) => f.type === 'month' && typeof app.facts[f.id] === 'string') ??
    present.find((f) => f.type === 'integer' && typeof app.facts[f.id] === 'number')
  )?.id;
}

function writeReview(
  panel: Panel,
  pack: RubricPack,
  app: DemoApplication,
  id: ApplicationId,
  a: number,
  r: number,
): void {
  const criteria = allCriteria(pack.scoring);
  const share = Math.min(1, Math.max(0, target(app, a, r) / 100));
  const dispute = r === DISPUTING_EXPERT && a === DISPUTED_APPLICATION;
  const moved = dispute ? disputedFact(pack, app) : undefined;
  panel.batch(() => {
    for (const f of pack.facts) {
      if (f.derive || app.facts[f.id] === undefined) continue;
      panel.setFact(id, f.id as FactId, confirmed(pack, app, f.id, f.id === moved));
    }
    criteria.forEach((c, i) => {
      const score = scoreFor(c, share, a, r, i);
      panel.setScore(id, c.id as CriterionId, score);
      if (c.commentBelow !== undefined && score < c.commentBelow) {
        panel.setComment(
          id,
          c.id as CriterionId,
          `${c.title.zh}方面的材料不够充分，建议补充佐证。`,
        );
      }
    });
  });
}

/**
 * Every demo expert reviews and submits every application of `demo`, on a replica of their own,
 * and the chair's panel imports their signed changes. `ids` maps the demo's application ids to
 * the panel's.
 */
export async function writeDemoReviews(
  chair: Panel,
  invitations: readonly Invitation[],
  demo: DemoPanel,
  pack: RubricPack,
  ids: ReadonlyMap<string, ApplicationId>,
): Promise<void> {
  const experts = invitations.filter((i) => i.role === 'reviewer');
  for (const [r, invitation] of experts.entries()) {
    const initial = toBase64(await exportRdsync(chair, { kind: 'full' }));
    const { panel } = await joinFromInvitation({ ...invitation, initial });
    try {
      for (const [a, app] of demo.applications.entries()) {
        const id = ids.get(app.id);
        if (!id) continue;
        writeReview(panel, pack, app, id, a, r % EXPERTS.length);
        await panel.submitReview(id);
      }
      await importRdsync(chair, await exportRdsync(panel, { kind: 'full' }));
    } finally {
      panel.destroy();
    }
  }
}
