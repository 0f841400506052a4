/**
 * The engine against the demo workspace: every demo application gets exactly the verdicts its
 * `flaw` implies, and the flawless ones are eligible. The warnings every demo application
 * carries are justified: the demo facts have no submission date (the `deadline` rule is unknown)
 * and the Liaoning notice lists no application directions (the `direction` rule is unknown).
 */
import { describe, expect, it } from 'vitest';
import { type DemoFlaw, demoPanels } from '../../lib/demo';
import { builtinPack, checkPanel } from '../../lib/rubric';
import { say } from './helpers';

/** The rule each flaw breaks, and how: a hard rule failing, a warning failing, or a finding. */
const FLAW_RULES: Record<DemoFlaw, { rule: string; kind: 'hard' | 'warning' | 'finding' }> = {
  memberUnits: { rule: 'member-units', kind: 'hard' },
  practiceYears: { rule: 'practice-years', kind: 'hard' },
  projectName: { rule: 'project-name-length', kind: 'hard' },
  quota: { rule: 'quota', kind: 'finding' },
  typicalCases: { rule: 'typical-cases', kind: 'warning' },
  coreMembers: { rule: 'core-members', kind: 'hard' },
  advisors: { rule: 'advisors', kind: 'hard' },
  counselors: { rule: 'counselors', kind: 'hard' },
  hostQualifications: { rule: 'host-qualifications', kind: 'warning' },
  annualResourceTarget: { rule: 'annual-resources', kind: 'warning' },
  duplicateCoreMember: { rule: 'core-member-unique', kind: 'finding' },
};

/** Not passing on every demo application, for the reasons in the header. */
const EXPECTED_UNKNOWN: Record<string, string[]> = {
  'liaoning-2022-community': ['direction', 'deadline'],
  'yueyang-2023-alliance': ['deadline'],
};

describe.each(demoPanels())('demo panel $id', (panel) => {
  const pack = builtinPack(panel.rubricId);
  const result = checkPanel(
    pack,
    panel.applications.map((a) => ({ id: a.id, facts: a.facts })),
  );

  it.each(panel.applications)('$id gets exactly the verdicts of its flaw', (app) => {
    const evaluation = result.applications.find((a) => a.id === app.id)!.evaluation;
    expect(evaluation.factProblems).toEqual([]);
    const failing = evaluation.rules.filter((r) => r.status === 'fail').map((r) => r.id);
    const unknown = evaluation.rules.filter((r) => r.status === 'unknown').map((r) => r.id);
    expect(unknown).toEqual(EXPECTED_UNKNOWN[panel.rubricId]);
    const flaw = app.flaw ? FLAW_RULES[app.flaw] : undefined;
    expect(failing).toEqual(flaw && flaw.kind !== 'finding' ? [flaw.rule] : []);
    expect(evaluation.eligible).toBe(flaw?.kind !== 'hard');
    for (const rule of evaluation.rules) expect(say(rule.message)).not.toBe('');
  });

  it('reports exactly the cross-application findings the flaws imply, naming everyone involved', () => {
    const expected = panel.applications
      .filter((a) => a.flaw && FLAW_RULES[a.flaw].kind === 'finding')
      .map((a) => FLAW_RULES[a.flaw!].rule);
    expect(result.findings.map((f) => f.rule)).toEqual(expected);
    for (const finding of result.findings) {
      const flawed = panel.applications.filter(
        (a) => a.flaw && FLAW_RULES[a.flaw].rule === finding.rule,
      );
      for (const app of flawed) expect(finding.applications).toContain(app.id);
      expect(finding.status).toBe('fail');
      say(finding.message);
    }
  });
});

describe('the demo findings in detail', () => {
  const [liaoning, yueyang] = demoPanels();
  const check = (panel: typeof liaoning) =>
    checkPanel(
      builtinPack(panel!.rubricId),
      panel!.applications.map((a) => ({ id: a.id, facts: a.facts })),
    ).findings;

  it('鞍山 recommended three, one more than another city may: all three are named', () => {
    const [quota] = check(liaoning);
    expect(quota!.applications).toEqual(['ln-05', 'ln-06', 'ln-07']);
    expect(say(quota!.message)).toContain('鞍山市教育局');
  });

  it('ym-06 shares a core member with ym-01; ym-07 only has a namesake at another school', () => {
    const [duplicate] = check(yueyang);
    expect(duplicate!.applications).toEqual(['ym-01', 'ym-06']);
  });
});
