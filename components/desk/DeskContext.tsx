/**
 * What every part of the desk shares: the panel and its pack, the reconcile picture, who is
 * looking (only the chair writes decisions), this device's unread marks, and helpers to say
 * figures, messages and pack text in the reader's language.
 */
import { createContext, useContext } from 'react';
import type { I18n } from '@/lib/i18n/core';
import type { MemberId } from '@/lib/ids';
import type { Panel, ThreadView } from '@/lib/panel/panel';
import type { RankStatistic } from '@/lib/reconcile';
import {
  allCriteria,
  type Criterion,
  formatMessage,
  type MessageParam,
  type RubricPack,
  type RuleMessage,
  renderParam,
} from '@/lib/rubric';
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

/** The context for a panel, a picture of it, a viewer and a language. */
export function deskContext(args: {
  panel: Panel;
  pack: RubricPack;
  model: DeskModel;
  rankBy: RankStatistic;
  me: { id: MemberId; role: string };
  reads: ThreadReads;
  markRead: (thread: ThreadView) => void;
  i18n: I18n;
}): DeskContextValue {
  const { i18n } = args;
  const language = i18n.language;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const clock = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  return {
    panel: args.panel,
    pack: args.pack,
    model: args.model,
    criteria: allCriteria(args.pack.scoring),
    rankBy: args.rankBy,
    me: args.me.id,
    isChair: args.me.role === 'chair',
    canDiscuss: args.me.role !== 'observer',
    reads: args.reads,
    markRead: args.markRead,
    say: (message: RuleMessage) => formatMessage(i18n, message),
    text: (param: MessageParam) =>
      renderParam(param, (key, params) => i18n.t(key, params) as string, language),
    figure: (value) =>
      value === null || value === undefined ? i18n.t('desk:summary.none') : number.format(value),
    time: (at) => clock.format(at),
  };
}
