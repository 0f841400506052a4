/** The extension's app page: the same app as the PWA, on the extension platform. */
import { bootApp } from '@/components/boot';
import { createExtensionPlatform } from '@/lib/platform/extension';

bootApp(document.getElementById('root')!, createExtensionPlatform());
