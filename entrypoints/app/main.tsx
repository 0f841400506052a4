/** The extension's app page: the same app as the PWA, on the extension platform. */
import { bootApp } from '@/components/boot';
import { createWebPlatform } from '@/lib/platform/web';

bootApp(document.getElementById('root')!, createWebPlatform('extension'));
