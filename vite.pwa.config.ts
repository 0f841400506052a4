import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The installable offline PWA. Shares components/, lib/ and public/ with the extension build.
 * The service worker precaches the app shell, pdf.js (worker, cMaps, standard fonts, wasm) and
 * the demo, so a reload with the network off still opens the app and its PDFs.
 */
const root = path.dirname(new URL(import.meta.url).pathname);

/**
 * The built-in rubric packs (~100 KB of JSON) load with the first list of packs, not with the
 * app. Left to itself the bundler keeps them in the first load: lib/rubric's index re-exports
 * them, and it cannot tell that the module has no side effects. Shared with wxt.config.ts.
 */
const RUBRIC_PACKS = /lib[\\/]rubric[\\/](builtin\.ts|packs[\\/])/;
export const SPLIT_RUBRIC_PACKS = {
  treeshake: {
    moduleSideEffects: (id: string) => (RUBRIC_PACKS.test(id) ? false : undefined),
  },
  output: {
    codeSplitting: {
      groups: [{ name: 'rubric-packs', test: RUBRIC_PACKS, includeDependenciesRecursively: false }],
    },
  },
};

export default defineConfig({
  root: path.join(root, 'web'),
  publicDir: path.join(root, 'public'),
  resolve: { alias: { '@': root } },
  build: {
    outDir: path.join(root, 'dist', 'pwa'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: SPLIT_RUBRIC_PACKS,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // The OCR worker (lib/platform/web-ocr-worker.ts) is an ES module worker.
  worker: { format: 'es' },
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icon/*.png', 'icon/icon.svg'],
      manifest: {
        name: '评审台 Review Desk',
        short_name: '评审台',
        description: '专家评审工作台：离线阅读申报材料、核对条件、打分并与评审组同步。',
        lang: 'zh-CN',
        theme_color: '#b3261e',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icon/192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon/512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon/512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: [
          '**/*.{js,mjs,css,html,svg,png,ico,bcmap,pfb,ttf,wasm,json,pdf,webmanifest}',
        ],
        // OCR (models, the runtime's wasm, ~30 MB) is fetched on first use and kept in Cache
        // Storage by lib/platform/web-ocr-worker.ts: never in the first load or the precache.
        globIgnores: ['ocr/**', '**/ort-wasm-*.wasm'],
        // pdf.js's worker and the demo PDFs are larger than Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // Take control of the page that installed the worker, so it works offline at once.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
});
