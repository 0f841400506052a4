/**
 * Offer bytes or text as a file download (exports, invitations, sync files): a Blob URL on a
 * temporary link, released a little later so slow browsers still get the file.
 */
export function downloadFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
