import { defineConfig } from 'wxt';

/**
 * The browser extension build (Chrome/Edge MV3, Firefox MV3). The whole app is one extension page
 * (entrypoints/app) opened from the toolbar button; permissions are only what that needs.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '评审台 Review Desk',
    description: '专家评审工作台：离线阅读申报材料、核对条件、打分并与评审组同步。',
    default_locale: undefined,
    action: { default_title: '评审台 Review Desk' },
    // Large application PDFs are kept locally; without this the extension origin's quota can refuse them.
    permissions: ['unlimitedStorage'],
    content_security_policy: {
      // pdf.js decodes JPX/JBIG2 images with wasm; nothing is ever fetched as code from elsewhere.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'review-desk@review-desk.local', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    build: { chunkSizeWarningLimit: 2000 },
    // The OCR worker (lib/platform/web-ocr-worker.ts) is an ES module worker.
    worker: { format: 'es' },
  }),
});
