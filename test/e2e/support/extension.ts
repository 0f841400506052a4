/** Driving the extension as a user would, where headless Chromium allows it. */
import type { BrowserContext, Page } from 'playwright-core';

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
    const { targetInfos } = (await cdp.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    })) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find((t) => t.type === 'tab' && t.url === tab.url());
    if (!target) throw new Error(`no tab target for ${tab.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
  } finally {
    await cdp.detach();
  }
}

/** The tab id the extension knows a page by (asked from an extension page). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab with url ${url}`);
    return tab.id;
  }, url);
}
