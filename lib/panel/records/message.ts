/** A message in a thread (`g/<app>/<thread>/<author>/<id>`); only its author may edit or delete it. */
import { z } from 'zod';
import type { MemberId } from '../../ids';
import { localIdSchema, shortId, timeSchema } from './common';
import type { ThreadId } from './thread';

export type MessageId = string & { readonly __message: true };

export const messageSchema = z
  .object({
    id: localIdSchema,
    threadId: localIdSchema,
    author: localIdSchema,
    text: z.string().min(1).max(20_000),
    at: timeSchema,
    deleted: z.boolean(),
  })
  .strict();
export type Message = z.infer<typeof messageSchema> & {
  id: MessageId;
  threadId: ThreadId;
  author: MemberId;
};

export function createMessage(
  threadId: ThreadId,
  author: MemberId,
  text: string,
  now = Date.now(),
): Message {
  return { id: shortId<MessageId>('g'), threadId, author, text, at: now, deleted: false };
}
