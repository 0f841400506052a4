/**
 * Typed messages to the extension's background: a handler map, a typed `send`, zod on receipt on
 * both ends, and a `{data} | {error}` result so a refusal arrives as a ReviewDeskError with its
 * reason code (the page puts it into words), never as a stack trace. The context menu's click
 * goes through `dispatch` like any message, so tests can drive the same path with `send`.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { httpUrlSchema } from '../../capture/page-scan';
import { isErrorCode } from '../../error-codes';
import { isReviewDeskError, ReviewDeskError } from '../../errors';

const TAG = 'review-desk/1';
const tabId = z.number().int().nonnegative();

/** A route of the app page (`#/panel/…`): nothing else may be opened through a message. */
export const appHashSchema = z
  .string()
  .max(4000)
  .regex(/^#\/[^\s]*$/);

export const protocol = {
  /** Open the app page at a route, focusing the app tab when one is open. */
  openApp: {
    request: z.object({ hash: appHashSchema }),
    response: z.object({ tabId }),
  },
  /**
   * Capture from a tab: one link (context menu on a link, or the tab's own PDF) or, with
   * `link: null`, the page's list of PDF links. Opens the capture page for it.
   */
  capture: {
    request: z.object({
      tabId,
      link: z.object({ url: httpUrlSchema, frameId: z.number().int().nonnegative() }).nullable(),
    }),
    response: z.object({ tabId }),
  },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = z.infer<Protocol[K]['request']>;
export type Response<K extends MessageType> = z.infer<Protocol[K]['response']>;
export type Handlers = {
  [K in MessageType]: (request: Request<K>) => Promise<Response<K>>;
};

const envelopeSchema = z.object({
  tag: z.literal(TAG),
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  data: z.unknown(),
});
const resultSchema = z.union([
  z.object({ data: z.unknown() }),
  z.object({
    error: z.object({
      code: z.string().max(100),
      params: z.record(z.string(), z.union([z.string().max(2000), z.number()])),
    }),
  }),
]);
export type Result = z.infer<typeof resultSchema>;

export function isOurs(message: unknown): boolean {
  return (message as { tag?: unknown } | null)?.tag === TAG;
}

export function envelope<K extends MessageType>(type: K, data: Request<K>) {
  return { tag: TAG, type, data };
}

/** Validate, run the handler, validate its answer; every failure becomes an `{error}`. */
export async function dispatch(handlers: Handlers, message: unknown): Promise<Result> {
  const parsed = envelopeSchema.safeParse(message);
  if (!parsed.success) return { error: { code: 'extension/badMessage', params: { type: '?' } } };
  const { type, data } = parsed.data;
  const request = protocol[type].request.safeParse(data);
  if (!request.success) return { error: { code: 'extension/badMessage', params: { type } } };
  try {
    const handler = handlers[type] as (r: unknown) => Promise<unknown>;
    const answer = protocol[type].response.parse(await handler(request.data));
    return { data: answer };
  } catch (error) {
    if (isReviewDeskError(error)) return { error: { code: error.code, params: error.params } };
    return { error: { code: 'extension/failed', params: { detail: String(error).slice(0, 300) } } };
  }
}

/** Send to the background; resolves with its validated answer or throws its ReviewDeskError. */
export async function send<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  const raw: unknown = await browser.runtime.sendMessage(envelope(type, data));
  const result = resultSchema.safeParse(raw);
  if (!result.success) throw new ReviewDeskError('extension/badMessage', { type });
  if ('error' in result.data) {
    const { code, params } = result.data.error;
    // A code from the other side is text: keep it only if it is one of ours.
    throw new ReviewDeskError(isErrorCode(code) ? code : 'extension/badAnswer', params);
  }
  const answer = protocol[type].response.safeParse(result.data.data);
  if (!answer.success) throw new ReviewDeskError('extension/badMessage', { type });
  return answer.data as Response<K>;
}

/** In the background: answer messages from this extension's own pages, and only those. */
export function serve(handlers: Handlers): () => void {
  const listener = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (result: Result) => void,
  ) => {
    if (!isOurs(message)) return false;
    if (sender.id !== browser.runtime.id) {
      sendResponse({ error: { code: 'extension/badMessage', params: { type: '?' } } });
      return false;
    }
    void dispatch(handlers, message).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
