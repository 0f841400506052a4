/** The installable PWA: the app on the web platform, with a service worker for offline use. */
import { registerSW } from 'virtual:pwa-register';
import { bootApp } from '@/components/boot';
import { createWebPlatform } from '@/lib/platform/web';

registerSW({ immediate: true });
bootApp(document.getElementById('root')!, createWebPlatform('pwa'));
