/** Driving the extension as a user would, where headless Chromium allows it. */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

type TargetInfo = { targetId: string; type: string; url: string };

async function targets(cdp: CDPSession, type: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets', {
    filter: [{ type }],
  } as never)) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/**
 * Press the extension's toolbar button on a tab (CDP `Extensions.triggerAction`; Chromium must
 * run with `--enable-unsafe-extension-debugging`). Like a real click, this grants the extension
 * activeTab on that tab and opens its popup.
 */
export async function pressToolbarButton(context: BrowserContext, extensionId: string, tab: Page) {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const target = (await targets(cdp, 'tab')).find((t) => t.url === tab.url());
    if (!target) throw new Error(`no tab target for ${tab.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
  } finally {
    await cdp.detach();
  }
}

/**
 * The popup the toolbar button opened. Playwright does not attach to extension popups, so this
 * speaks CDP to it directly; `run` evaluates an expression there as a user gesture (a click).
 */
export async function attachToPopup(context: BrowserContext, extensionId: string) {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const url = `chrome-extension://${extensionId}/popup.html`;
  let popup: TargetInfo | undefined;
  for (let i = 0; i < 100 && !popup; i++) {
    popup = (await targets(cdp, 'page')).find((t) => t.url === url);
    if (!popup) await new Promise((r) => setTimeout(r, 100));
  }
  if (!popup) throw new Error('the popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: popup.targetId,
    flatten: false,
  } as never)) as { sessionId: string };
  const waiting = new Map<number, (reply: { result?: { result?: { value?: unknown } } }) => void>();
  cdp.on(
    'Target.receivedMessageFromTarget' as never,
    ((event: { message: string }) => {
      const reply = JSON.parse(event.message);
      waiting.get(reply.id)?.(reply);
    }) as never,
  );
  let next = 0;
  const run = async (expression: string, timeoutMs = 30_000): Promise<unknown> => {
    const id = ++next;
    // A popup closes itself after most clicks: its answer may never come.
    const reply = new Promise<{ result?: { result?: { value?: unknown } } }>((resolve) => {
      waiting.set(id, resolve);
      setTimeout(() => resolve({}), timeoutMs);
    });
    const message = {
      id,
      method: 'Runtime.evaluate',
      params: { expression, userGesture: true, awaitPromise: true, returnByValue: true },
    };
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify(message),
    } as never);
    return (await reply).result?.result?.value;
  };
  /** Click a button (by test id) once the popup enabled it; returns before the popup closes. */
  const click = (testId: string) =>
    run(
      `new Promise((done) => {
        const tryClick = () => {
          const button = document.querySelector('[data-testid=${testId}]');
          if (button && !button.disabled) { setTimeout(() => button.click(), 0); done(true); }
          else setTimeout(tryClick, 50);
        };
        tryClick();
      })`,
    );
  return { run, click, detach: () => cdp.detach() };
}

/** The few extension APIs tests call inside extension pages (typed here, not globally). */
export interface ChromeApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** The tab id the extension knows a page by (asked from an extension page). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab with url ${url}`);
    return tab.id;
  }, url);
}

/**
 * A picture of the browser window with the side panel open: headless Chromium draws no browser
 * UI, so the page and the side panel are shot apart and put side by side on a canvas.
 */
export async function sideBySide(
  context: BrowserContext,
  file: string,
  left: Buffer,
  right: Buffer,
): Promise<void> {
  const page = await context.newPage();
  await page.setContent('<body style="margin:0"><canvas id="c"></canvas></body>');
  await page.evaluate(
    async ({ left, right }) => {
      const load = (b64: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = reject;
          img.src = `data:image/png;base64,${b64}`;
        });
      const [a, b] = await Promise.all([load(left), load(right)]);
      const canvas = document.getElementById('c') as HTMLCanvasElement;
      canvas.width = a.width + 1 + b.width;
      canvas.height = Math.max(a.height, b.height);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(a, 0, 0);
      ctx.fillStyle = '#c7c7c7';
      ctx.fillRect(a.width, 0, 1, canvas.height);
      ctx.drawImage(b, a.width + 1, 0);
    },
    { left: left.toString('base64'), right: right.toString('base64') },
  );
  await page.locator('#c').screenshot({ path: file });
  await page.close();
}
