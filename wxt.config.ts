import { defineConfig } from 'wxt';

/**
 * The browser extension build (Chrome/Edge MV3, Firefox MV3): the app page (entrypoints/app), the
 * toolbar popup, the side panel (Firefox: sidebar) and a background with the context menu.
 * Install-time permissions are only what those need; the extension reads a web page only after
 * the user points at it (activeTab: the toolbar button or the context menu), and asks for a
 * site's host permission only when a linked file on another site needs it, one origin at a time.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '评审台 Review Desk',
    description: '专家评审工作台：从申报平台导入材料、离线阅读、核对条件、打分并与评审组同步。',
    default_locale: undefined,
    action: { default_title: '评审台 Review Desk' },
    permissions: [
      // Large application PDFs are kept locally; without this the origin's quota can refuse them.
      'unlimitedStorage',
      // "Open in Review Desk" on links and PDF tabs.
      'contextMenus',
      // Read the page the user pointed at (its links, its files with its own cookies), nothing else.
      'activeTab',
      'scripting',
      // `sidePanel` is added by WXT for Chromium builds (Firefox uses sidebar_action).
    ],
    // Never granted at install: asked per origin, at the moment a file on that site is needed.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy: {
      // pdf.js decodes JPX/JBIG2 images with wasm; nothing is ever fetched as code from elsewhere.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (ESR) and 142 on Android: the first to read data_collection_permissions.
            gecko: {
              id: 'review-desk@review-desk.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: 'review-desk-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: 'review-desk-{{version}}-sources.zip',
    // What a store reviewer needs to rebuild: the code and the scripts, not test output or builds.
    // .npmrc tells npm to skip onnxruntime's download: `npm ci` works offline with it.
    includeSources: ['.npmrc'],
    excludeSources: [
      '.tmp/**',
      'dist/**',
      'coverage/**',
      'public/pdfjs/**',
      'public/demo/**',
      'test/e2e/screenshots/**',
      'test/fixtures/**',
      '.ci/**',
    ],
  },
  vite: () => ({
    build: { chunkSizeWarningLimit: 2000 },
    // The OCR worker (lib/platform/web-ocr-worker.ts) is an ES module worker.
    worker: { format: 'es' },
  }),
});
