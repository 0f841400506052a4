/**
 * Reading reviews: which cells a review has, what their values are for this viewer, and who may
 * see them (SPEC S1–S3). Drafts read through the author's own application key; submitted reviews
 * through the revealed keys, restricted to the signed manifest.
 */
import { fromBase64 } from '../crypto/bytes';
import { deriveApplicationKey, keyId, openJson } from '../crypto/seal';
import type { MemberIdentity } from '../identity/identity';
import type { AnnotationId, ApplicationId, MemberId } from '../ids';
import { keys } from './keys';
import {
  type CellField,
  cellValueSchema,
  type EvidenceLink,
  type FactConfirmation,
  type VerdictOverride,
} from './records/review-cell';
import type { ReviewReturn } from './records/review-return';
import type { Submission } from './records/submission';
import type { PanelView, ViewVersion } from './view';

export type HiddenReason = 'notSubmitted' | 'submitYoursFirst';

export interface ReviewValues {
  scores: Record<string, number | null>;
  comments: Record<string, string>;
  overallComment: string | null;
  facts: Record<string, FactConfirmation>;
  verdicts: Record<string, VerdictOverride>;
  evidence: Record<string, AnnotationId[]>;
  opinion: string | null;
}

/** Which cells are filled: what the chair sees before submission (SPEC S3). */
export interface ReviewFilled {
  scores: string[];
  comments: string[];
  overallComment: boolean;
  facts: string[];
  verdicts: string[];
  opinion: boolean;
}

export interface Review {
  applicationId: ApplicationId;
  reviewer: MemberId;
  status: 'draft' | 'submitted';
  submittedAt: number | null;
  /** False: `values` is empty and `hidden` says why; `filled` is always there. */
  visible: boolean;
  hidden: HiddenReason | null;
  values: ReviewValues;
  filled: ReviewFilled;
  /** Own cells sealed on another device whose identity this device lacks (SPEC S6). */
  unreadable: number;
  /** The chair returned the last submission: why and when (the review is a draft again). */
  returned: { reason: string; at: number } | null;
}

export const UNREADABLE = Symbol('unreadable');

/** Keys this viewer holds: its own application keys and keys revealed by submissions. */
export class KeyRing {
  private own = new Map<string, Uint8Array>();
  constructor(private readonly identity: MemberIdentity) {}

  /**
   * The key sealing this member's cells of an application. Round 0 until the chair returns the
   * review; each return starts a new round with a new key (SPEC S8), so what is written after a
   * return stays sealed until the next submission, although the earlier key is public.
   */
  ownKey(app: ApplicationId, round = 0): Uint8Array {
    const id = `${app}#${round}`;
    let key = this.own.get(id);
    if (!key) {
      key = deriveApplicationKey(
        this.identity.sealSecret,
        this.identity.panelId,
        this.identity.memberId,
        round === 0 ? app : id,
      );
      this.own.set(id, key);
    }
    return key;
  }

  ownKid(app: ApplicationId, round = 0): string {
    return keyId(this.ownKey(app, round));
  }
}

const opened = new WeakMap<ViewVersion, unknown>();

/** The plaintext of a cell version, or UNREADABLE. Validated after opening (SPEC D4). */
export function openCell(v: ViewVersion, keyFor: (kid: string) => Uint8Array | null): unknown {
  if (v.entry.x === undefined) return v.value;
  if (opened.has(v)) return opened.get(v);
  const key = keyFor(v.entry.x.kid);
  if (!key) return UNREADABLE;
  let value: unknown = UNREADABLE;
  try {
    const plain = openJson(key, v.entry.k, v.entry.x);
    if (v.parsed.kind === 'cell') {
      const parsed = cellValueSchema(v.parsed.field).safeParse(plain);
      if (parsed.success) value = parsed.data;
    }
  } catch {
    value = UNREADABLE;
  }
  opened.set(v, value);
  return value;
}

/** The submission that counts: the latest one, unless the chair returned it (SPEC S2, S8). */
export function submissionOf(
  view: PanelView,
  app: ApplicationId,
  member: MemberId,
): Submission | null {
  const v = view.winner(keys.submission(app, member));
  if (!v) return null;
  const returned = returnOf(view, app, member);
  if (returned && returned.submission === v.pos) return null;
  return v.value as Submission;
}

/** The chair's latest return of this review, if any. */
export function returnOf(
  view: PanelView,
  app: ApplicationId,
  member: MemberId,
): ReviewReturn | null {
  return (view.winner(keys.reviewReturn(app, member))?.value as ReviewReturn | undefined) ?? null;
}

/** SPEC S8: how many times the chair returned this review — the reviewer's sealing round. */
export function sealingRound(view: PanelView, app: ApplicationId, member: MemberId): number {
  return view.versions(keys.reviewReturn(app, member)).length;
}

function emptyValues(): ReviewValues {
  return {
    scores: {},
    comments: {},
    overallComment: null,
    facts: {},
    verdicts: {},
    evidence: {},
    opinion: null,
  };
}

function emptyFilled(): ReviewFilled {
  return {
    scores: [],
    comments: [],
    overallComment: false,
    facts: [],
    verdicts: [],
    opinion: false,
  };
}

function place(values: ReviewValues, field: CellField, value: unknown) {
  switch (field.type) {
    case 'score':
      values.scores[field.criterion] = value as number | null;
      break;
    case 'comment':
      if (value === null) break;
      if (field.criterion === null) values.overallComment = value as string;
      else values.comments[field.criterion] = value as string;
      break;
    case 'fact':
      if (value !== null) values.facts[field.fact] = value as FactConfirmation;
      break;
    case 'verdict':
      if (value !== null) values.verdicts[field.rule] = value as VerdictOverride;
      break;
    case 'evidence': {
      const link = value as EvidenceLink | null;
      if (link?.linked) {
        const list = values.evidence[link.target] ?? [];
        list.push(link.annotation);
        values.evidence[link.target] = list;
      }
      break;
    }
    case 'opinion':
      values.opinion = value as string | null;
      break;
  }
}

function markFilled(filled: ReviewFilled, field: CellField) {
  switch (field.type) {
    case 'score':
      filled.scores.push(field.criterion);
      break;
    case 'comment':
      if (field.criterion === null) filled.overallComment = true;
      else filled.comments.push(field.criterion);
      break;
    case 'fact':
      filled.facts.push(field.fact);
      break;
    case 'verdict':
      filled.verdicts.push(field.rule);
      break;
    case 'opinion':
      filled.opinion = true;
      break;
    case 'evidence':
      break;
  }
}

/**
 * The cells of a review as they count: for a submitted review, exactly the manifest's versions;
 * for a draft, each register's winner.
 */
export function reviewCells(
  view: PanelView,
  app: ApplicationId,
  member: MemberId,
  submission: Submission | null,
): ViewVersion[] {
  const out: ViewVersion[] = [];
  if (submission) {
    for (const [key, pos] of Object.entries(submission.manifest)) {
      const v = view.versionAt(key, pos);
      if (v && v.parsed.kind === 'cell' && v.parsed.app === app && v.parsed.member === member)
        out.push(v);
    }
    return out.sort((a, b) => (a.entry.k < b.entry.k ? -1 : 1));
  }
  for (const key of view.keysOfReview(app, member).sort()) {
    const v = view.winner(key);
    if (v) out.push(v);
  }
  return out;
}

/** The keys this viewer may use for one review: own key for own cells, revealed keys. */
export function keyFinder(
  view: PanelView,
  ring: KeyRing,
  viewer: MemberIdentity,
  app: ApplicationId,
  member: MemberId,
): (kid: string) => Uint8Array | null {
  // Keys revealed by any submission of this review, returned ones included (they are public).
  const revealed: Record<string, string> = {};
  for (const v of view.versions(keys.submission(app, member)))
    Object.assign(revealed, (v.value as Submission).keys);
  const rounds = member === viewer.memberId ? sealingRound(view, app, member) : -1;
  return (kid) => {
    for (let r = 0; r <= rounds; r++) if (kid === ring.ownKid(app, r)) return ring.ownKey(app, r);
    const b64 = revealed[kid];
    return b64 ? fromBase64(b64) : null;
  };
}

export function readReview(
  view: PanelView,
  ring: KeyRing,
  viewer: MemberIdentity,
  app: ApplicationId,
  member: MemberId,
): Review {
  const submission = submissionOf(view, app, member);
  const cells = reviewCells(view, app, member, submission);
  const mine = member === viewer.memberId;
  const independent = view.meta()?.settings.independentScoring ?? true;
  let hidden: HiddenReason | null = null;
  if (!mine && independent) {
    if (!submission) hidden = 'notSubmitted';
    else if (viewer.role === 'reviewer' && !submissionOf(view, app, viewer.memberId)) {
      hidden = 'submitYoursFirst';
    }
  }
  const keyFor = keyFinder(view, ring, viewer, app, member);
  const values = emptyValues();
  const filled = emptyFilled();
  let unreadable = 0;
  for (const v of cells) {
    if (v.parsed.kind !== 'cell') continue;
    const isNull = v.entry.x === undefined && v.value === null;
    if (!isNull) markFilled(filled, v.parsed.field);
    if (hidden) continue;
    const value = openCell(v, keyFor);
    if (value === UNREADABLE) {
      unreadable++;
      continue;
    }
    place(values, v.parsed.field, value);
  }
  return {
    applicationId: app,
    reviewer: member,
    status: submission ? 'submitted' : 'draft',
    submittedAt: submission?.at ?? null,
    visible: hidden === null,
    hidden,
    values: hidden ? emptyValues() : values,
    filled,
    unreadable,
    returned:
      !submission && returnOf(view, app, member) ? pickReturn(returnOf(view, app, member)!) : null,
  };
}

function pickReturn(r: ReviewReturn) {
  return { reason: r.reason, at: r.at };
}
