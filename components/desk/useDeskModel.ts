/**
 * The desk's picture of the panel: the reconcile input read from the panel (review summaries
 * cached per review version, so only changed reviews are evaluated again), the reconcile result
 * for the chair's choices, and who is who. Recomputed when the panel changes, at most every
 * RECOMPUTE_MS while changes stream in (a relay catching up sends many), never per keystroke.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Panel } from '@/lib/panel/panel';
import {
  fromPanel,
  type RankStatistic,
  type ReconcileInput,
  type ReconcileResult,
  reconcile,
  SummaryCache,
} from '@/lib/reconcile';
import type { RubricPack } from '@/lib/rubric';
import { usePanelVersion } from '../hooks/usePanelValue';

const RECOMPUTE_MS = 250;

export interface DeskOptions {
  rankBy: RankStatistic;
  leaveOutConflicts: boolean;
}

export interface DeskModel {
  input: ReconcileInput;
  result: ReconcileResult;
  /** Member id → name. */
  names: ReadonlyMap<string, string>;
  /** The reviewer columns: every reviewer the result lists, in the members' order. */
  reviewers: readonly { id: string; name: string }[];
  /** The panel version this picture was computed at. */
  version: number;
}

/** The panel's version, passed on at once when changes are rare, at most every `ms` otherwise. */
function useThrottledVersion(panel: Panel, ms: number): number {
  const version = usePanelVersion(panel);
  const [shown, setShown] = useState(version);
  const last = useRef(0);
  useEffect(() => {
    if (version === shown) return;
    const wait = Math.max(0, last.current + ms - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      setShown(version);
    }, wait);
    return () => clearTimeout(timer);
  }, [version, shown, ms]);
  return shown;
}

export function useDeskModel(panel: Panel, pack: RubricPack, options: DeskOptions): DeskModel {
  const cache = useMemo(() => new SummaryCache(), []);
  const version = useThrottledVersion(panel, RECOMPUTE_MS);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal
  const input = useMemo(() => fromPanel(panel, pack, { cache }), [panel, pack, cache, version]);
  const result = useMemo(
    () =>
      reconcile(input, {
        rankBy: options.rankBy,
        leaveOut: options.leaveOutConflicts ? 'conflicts' : 'none',
      }),
    [input, options.rankBy, options.leaveOutConflicts],
  );
  const names = useMemo(() => new Map(input.members.map((m) => [m.id, m.name])), [input]);
  const reviewers = useMemo(
    () => result.reviewers.map((r) => ({ id: r.id, name: r.name })),
    [result],
  );
  return { input, result, names, reviewers, version };
}
