/**
 * What the export screens share: the export's language from the page's, the PDF font loaded on
 * first use (never in the first bundle), a file's MIME type, and saving a set of files into a
 * folder the user picks (where the browser offers a directory picker).
 */
import type { ExportFile } from '@/lib/export/export-set';
import type { FontAssets } from '@/lib/export/fonts';

export function exportLanguage(language: string): 'zh-CN' | 'en' {
  return language.startsWith('en') ? 'en' : 'zh-CN';
}

export async function loadFonts(): Promise<FontAssets> {
  const { loadWebPdfFonts } = await import('@/lib/platform/web-font-assets');
  return loadWebPdfFonts();
}

export function mimeOf(path: string): string {
  if (path.endsWith('.pdf')) return 'application/pdf';
  if (path.endsWith('.xlsx'))
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (path.endsWith('.csv')) return 'text/csv';
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.pem')) return 'application/x-pem-file';
  return 'application/octet-stream';
}

interface DirectoryHandle {
  getDirectoryHandle(name: string, opts: { create: boolean }): Promise<DirectoryHandle>;
  getFileHandle(
    name: string,
    opts: { create: boolean },
  ): Promise<{
    createWritable(): Promise<{ write(data: BlobPart): Promise<void>; close(): Promise<void> }>;
  }>;
}

/** Whether this browser lets a page write into a folder the user picks (Chromium does). */
export function canSaveToFolder(): boolean {
  return typeof window !== 'undefined' && 'showDirectoryPicker' in window;
}

/** Null when the browser has no directory picker or the user cancelled; else files written. */
export async function saveToFolder(files: ExportFile[]): Promise<number | null> {
  const picker = (
    window as unknown as { showDirectoryPicker?: (o: object) => Promise<DirectoryHandle> }
  ).showDirectoryPicker;
  if (!picker) return null;
  let root: DirectoryHandle;
  try {
    root = await picker({ mode: 'readwrite' });
  } catch {
    return null;
  }
  for (const file of files) {
    const parts = file.path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1))
      dir = await dir.getDirectoryHandle(part, { create: true });
    const handle = await dir.getFileHandle(parts.at(-1)!, { create: true });
    const writable = await handle.createWritable();
    await writable.write(file.bytes as Uint8Array<ArrayBuffer>);
    await writable.close();
  }
  return files.length;
}
