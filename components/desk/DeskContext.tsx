/**
 * What every part of the desk shares: the panel and its pack, the reconcile picture, who is
 * looking (only the chair writes decisions), this device's unread marks, and helpers to say
 * figures, messages and pack text in the reader's language.
 */
import { createContext, useContext } from 'react';
import type { MemberId } from '@/lib/ids';
import type { Panel, ThreadView } from '@/lib/panel/panel';
import type { RankStatistic } from '@/lib/reconcile';
import type { Criterion, MessageParam, RubricPack, RuleMessage } from '@/lib/rubric';
import type { ThreadReads } from '@/lib/workspace/thread-reads';
import type { DeskModel } from './useDeskModel';

export interface DeskContextValue {
  panel: Panel;
  pack: RubricPack;
  model: DeskModel;
  criteria: readonly Criterion[];
  rankBy: RankStatistic;
  me: MemberId;
  /** The chair: settles facts, decides, returns reviews, withdraws applications. */
  isChair: boolean;
  /** Members who may write threads (not observers). */
  canDiscuss: boolean;
  reads: ThreadReads;
  markRead: (thread: ThreadView) => void;
  say: (message: RuleMessage) => string;
  text: (param: MessageParam) => string;
  /** A figure with at most two decimals, or — when it does not apply. */
  figure: (value: number | null | undefined) => string;
  time: (at: number) => string;
}

const DeskContext = createContext<DeskContextValue | null>(null);

export const DeskProvider = DeskContext.Provider;

export function useDesk(): DeskContextValue {
  const value = useContext(DeskContext);
  if (!value) throw new Error('useDesk outside DeskProvider');
  return value;
}
