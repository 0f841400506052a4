/**
 * The current platform. Entry points (web main, extension page, CLI, test setup) install one
 * with `setPlatform` before anything else runs.
 */
import type { Platform } from './types';

export type {
  ExtensionHost,
  PdfDocumentOptions,
  PdfjsModule,
  Platform,
  PlatformKind,
  TabInfo,
} from './types';

let current: Platform | null = null;

export function setPlatform(platform: Platform): void {
  current = platform;
}

export function getPlatform(): Platform {
  if (!current) {
    throw new Error('No platform installed: call setPlatform() in the entry point first.');
  }
  return current;
}
