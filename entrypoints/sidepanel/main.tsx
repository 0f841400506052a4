/** The side panel (Firefox: sidebar): the review form beside a page (components/extension/SidePanelApp). */
import { bootPage } from '@/components/boot';
import { SidePanelApp } from '@/components/extension/SidePanelApp';
import { createExtensionPlatform } from '@/lib/platform/extension';

bootPage(document.getElementById('root')!, createExtensionPlatform(), (i18n) => (
  <SidePanelApp i18n={i18n} />
));
