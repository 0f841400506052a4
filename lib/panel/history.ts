/**
 * History of one application (SPEC D9): every version of every register that belongs to it, with
 * who, when, which field, and old → new where this viewer may read them. Concurrent edits of one
 * cell on two devices both appear; the one that lost is marked `overwritten`.
 */
import type { ApplicationId, MemberId } from '../ids';
import type { ParsedKey } from './keys';
import type { CellField } from './records/review-cell';
import { UNREADABLE } from './reviews';
import type { PanelView, ViewVersion } from './view';

export type HistoryField =
  | { kind: 'application' }
  | { kind: 'file'; hash: string }
  | { kind: 'cell'; reviewer: MemberId; field: CellField }
  | { kind: 'submission'; reviewer: MemberId }
  | { kind: 'annotation'; id: string }
  | { kind: 'thread'; id: string }
  | { kind: 'message'; thread: string; id: string }
  | { kind: 'decision' }
  | { kind: 'panelFact'; fact: string }
  | { kind: 'return'; reviewer: MemberId };

export interface HistoryItem {
  key: string;
  field: HistoryField;
  by: MemberId;
  at: number;
  /** The value before this version in the register's order; undefined when unreadable or none. */
  old: unknown;
  new: unknown;
  readable: boolean;
  /** This version is the register's current value. */
  current: boolean;
  /**
   * A concurrent version (same sequence, written without seeing this one) won over it. A version
   * that a later edit replaced in order is not marked: the later item already says "changed".
   */
  overwritten: boolean;
}

function fieldOf(p: ParsedKey): HistoryField | null {
  switch (p.kind) {
    case 'app':
      return { kind: 'application' };
    case 'file':
      return { kind: 'file', hash: p.hash };
    case 'cell':
      return { kind: 'cell', reviewer: p.member, field: p.field };
    case 'submission':
      return { kind: 'submission', reviewer: p.member };
    case 'annotation':
      return { kind: 'annotation', id: p.id };
    case 'thread':
      return { kind: 'thread', id: p.id };
    case 'message':
      return { kind: 'message', thread: p.thread, id: p.id };
    case 'decision':
      return { kind: 'decision' };
    case 'panelFact':
      return { kind: 'panelFact', fact: p.fact };
    case 'return':
      return { kind: 'return', reviewer: p.member };
    default:
      return null;
  }
}

/** `read(v)` gives the plaintext or UNREADABLE (for cells this viewer may not read). */
export function readHistory(
  view: PanelView,
  app: ApplicationId,
  read: (v: ViewVersion) => unknown,
): HistoryItem[] {
  const items: HistoryItem[] = [];
  for (const key of view.keysOfApp(app)) {
    const versions = view.versions(key);
    const winner = view.winner(key);
    let previous: unknown;
    versions.forEach((v) => {
      const field = fieldOf(v.parsed);
      if (!field) return;
      const value = read(v);
      const readable = value !== UNREADABLE;
      items.push({
        key,
        field,
        by: v.entry.by,
        at: v.entry.at,
        old: previous,
        new: readable ? value : undefined,
        readable,
        current: v === winner,
        overwritten: v !== winner && versions.some((o) => o !== v && o.entry.s === v.entry.s),
      });
      previous = readable ? value : undefined;
    });
  }
  return items.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
