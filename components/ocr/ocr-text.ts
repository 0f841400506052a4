/**
 * OCR text for the viewer: a scanned page's reading from this device's OCR cache, waiting for it
 * while the application's scans are being read (see useExtraction).
 */
import type { FileHash } from '@/lib/ids';
import { waitForOcrPage } from '@/lib/ocr/cache-db';
import { getDb } from '@/lib/store/db';
import type { OcrTextProvider } from '../pdf/text-source';

export function ocrTextProvider(hash: FileHash): OcrTextProvider {
  return (page) => waitForOcrPage(getDb(), hash, page);
}
