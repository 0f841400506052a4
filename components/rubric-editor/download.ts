/** Offer a pack's JSON text as a file download. */
import { downloadFile } from '../shell/download';

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadFile(fileName, text, `${type};charset=utf-8`);
}
