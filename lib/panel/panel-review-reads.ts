/**
 * The Panel's reads that depend on who is looking (SPEC S1–S3): one review as this viewer may see
 * it, every reviewer's progress on an application (filled cells, never values), and the history of
 * an application with each version opened only where this viewer may read it (D9).
 */
import { canReview } from '../identity/role';
import type { ApplicationId, MemberId } from '../ids';
import { type HistoryItem, readHistory } from './history';
import type { PanelContext } from './panel-context';
import { members } from './panel-reads';
import {
  keyFinder,
  openCell,
  type Review,
  type ReviewFilled,
  readReview,
  UNREADABLE,
} from './reviews';
import type { ViewVersion } from './view';

export interface ReviewerProgress {
  reviewer: MemberId;
  name: string;
  status: 'draft' | 'submitted';
  submittedAt: number | null;
  filled: ReviewFilled;
}

export function review(ctx: PanelContext, app: ApplicationId, reviewer: MemberId): Review {
  return readReview(ctx.view, ctx.ring, ctx.identity, app, reviewer);
}

/** Who reviews this application and how far they are; values only through review() (SPEC S3). */
export function progress(ctx: PanelContext, app: ApplicationId): ReviewerProgress[] {
  return members(ctx)
    .filter((m) => !m.removed && canReview(m.role))
    .map((m) => {
      const r = review(ctx, app, m.id);
      return {
        reviewer: m.id,
        name: m.name,
        status: r.status,
        submittedAt: r.submittedAt,
        filled: r.filled,
      };
    });
}

export function history(ctx: PanelContext, app: ApplicationId): HistoryItem[] {
  return readHistory(ctx.view, app, (v) => readVersion(ctx, v));
}

/** A version's value for this viewer, or UNREADABLE (history, snapshots). */
function readVersion(ctx: PanelContext, v: ViewVersion): unknown {
  if (v.parsed.kind !== 'cell') return v.value;
  const { app, member } = v.parsed;
  const r = review(ctx, app, member);
  if (!r.visible) return v.entry.x === undefined && v.value === null ? null : UNREADABLE;
  return openCell(v, keyFinder(ctx.view, ctx.ring, ctx.identity, app, member));
}
