/**
 * Cross-application rules on the ranked list (SPEC R5–R8), through lib/rubric's panel checks:
 * conflicts of interest per application, quota groups whose over-limit picks the chair must
 * resolve, and a person named in two applications.
 */
import { evaluatePanel, type Finding, list, msg, type RubricPack } from '../rubric';
import type { Flag } from './flags';
import type { ReconcileDecision, ReconcileMember } from './input';

export function panelFindings(
  pack: RubricPack,
  apps: readonly { id: string; facts: Record<string, unknown> }[],
  reviewers: readonly ReconcileMember[],
): Finding[] {
  return evaluatePanel(pack, apps, {
    reviewers: reviewers.map((r) => ({
      id: r.id,
      name: r.name,
      ...(r.unit ? { unit: r.unit } : {}),
    })),
  });
}

/** F5: application id → the reviewers with a conflict of interest on it. */
export function conflictsByApp(findings: readonly Finding[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.kind !== 'conflictOfInterest' || f.status !== 'fail') continue;
    for (const app of f.applications) {
      let set = out.get(app);
      if (!set) {
        set = new Set();
        out.set(app, set);
      }
      for (const r of f.reviewers ?? []) set.add(r);
    }
  }
  return out;
}

function numberParam(finding: Finding, name: string): number | null {
  const value = finding.message.params[name];
  return typeof value === 'number' ? value : null;
}

/**
 * R6: per quota group over its limit, the candidates (R5) in rank order past the first `limit`.
 * The quota finding carries the group's body and limit as message parameters.
 */
export function quotaFlags(
  findings: readonly Finding[],
  order: readonly string[],
  rank: ReadonlyMap<string, number | null>,
  decisions: Readonly<Record<string, ReconcileDecision>>,
): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  const position = new Map(order.map((id, i) => [id, i]));
  for (const f of findings) {
    if (f.kind !== 'quota' || f.status !== 'fail') continue;
    const limit = numberParam(f, 'limit');
    if (limit === null) continue;
    const body = f.message.params.body ?? '';
    const picks = f.applications
      .filter((id) => rank.get(id) != null && decisions[id]?.decision !== 'notRecommend')
      .sort((a, b) => position.get(a)! - position.get(b)!);
    picks.slice(limit).forEach((id, i) => {
      const flag: Flag = {
        kind: 'overQuota',
        applications: picks.filter((other) => other !== id),
        message: msg('reconcile:flags.overQuota', { body, limit, position: limit + i + 1 }),
      };
      out.set(id, [...(out.get(id) ?? []), flag]);
    });
  }
  return out;
}

/** R7: each application naming a person who is also in another one. */
export function duplicateFlags(
  findings: readonly Finding[],
  titles: ReadonlyMap<string, string>,
  withdrawn: ReadonlySet<string>,
): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  for (const f of findings) {
    if (f.kind !== 'uniquePeople' || f.status !== 'fail') continue;
    const apps = f.applications.filter((id) => !withdrawn.has(id));
    if (apps.length < 2) continue;
    for (const id of apps) {
      const others = apps.filter((o) => o !== id);
      const flag: Flag = {
        kind: 'duplicatePerson',
        applications: others,
        message: msg('reconcile:flags.duplicatePerson', {
          finding: f.message,
          others: list(others.map((o) => titles.get(o) ?? o)),
        }),
      };
      out.set(id, [...(out.get(id) ?? []), flag]);
    }
  }
  return out;
}
