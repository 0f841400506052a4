/**
 * Discussion threads on an application and their messages: reading them assembled (live messages
 * in time order), and a reviewer's writes, each thread and message its author's own register.
 */
import { ReviewDeskError } from '../errors';
import type { ApplicationId } from '../ids';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { requireApp, requireReviewer, seesOthersOn } from './panel-guards';
import { writePlain } from './panel-log';
import { createMessage, type Message, type MessageId } from './records/message';
import { createThread as newThread, type Thread, type ThreadId } from './records/thread';

export interface ThreadView extends Thread {
  messages: Message[];
}

export function threads(ctx: PanelContext, app: ApplicationId): ThreadView[] {
  const byId = new Map<string, ThreadView>();
  const messages: Message[] = [];
  const others = seesOthersOn(ctx, app);
  const me = ctx.identity.memberId;
  for (const key of ctx.view.keysOfApp(app)) {
    const value = ctx.view.winner(key)?.value;
    if (key.startsWith('t/') && value && (others || (value as Thread).createdBy === me))
      byId.set((value as Thread).id, { ...(value as Thread), messages: [] });
    if (key.startsWith('g/') && value && !(value as Message).deleted)
      if (others || (value as Message).author === me) messages.push(value as Message);
  }
  for (const m of messages.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))) {
    byId.get(m.threadId)?.messages.push(m);
  }
  return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export function createThread(
  ctx: PanelContext,
  app: ApplicationId,
  title: string,
  subject: string | null,
): ThreadId {
  requireReviewer(ctx);
  requireApp(ctx, app);
  const t = newThread(app, title, subject, ctx.identity.memberId);
  writePlain(ctx, keys.thread(app, t.createdBy, t.id), t);
  return t.id;
}

export function postMessage(
  ctx: PanelContext,
  app: ApplicationId,
  thread: ThreadId,
  text: string,
): MessageId {
  requireReviewer(ctx);
  if (!threads(ctx, app).some((t) => t.id === thread))
    throw new ReviewDeskError('panel/unknownThread');
  const m = createMessage(thread, ctx.identity.memberId, text);
  writePlain(ctx, keys.message(app, thread, m.author, m.id), m);
  return m.id;
}
