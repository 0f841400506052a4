/** The toolbar button opens the app page in a tab (or focuses it when already open). */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  browser.action.onClicked.addListener(async () => {
    const url = browser.runtime.getURL('/app.html');
    const [existing] = await browser.tabs.query({ url });
    if (existing?.id !== undefined) {
      await browser.tabs.update(existing.id, { active: true });
      return;
    }
    await browser.tabs.create({ url });
  });
});
