/** The toolbar popup: active panel, sync state, the ways in (components/extension/PopupApp). */
import { bootPage } from '@/components/boot';
import { PopupApp } from '@/components/extension/PopupApp';
import { createExtensionPlatform } from '@/lib/platform/extension';

bootPage(document.getElementById('root')!, createExtensionPlatform(), (i18n) => (
  <PopupApp i18n={i18n} />
));
