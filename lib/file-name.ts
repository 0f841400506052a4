/** File names made from people's and applications' names: accepted by every file system. */

/**
 * A file name that every file system accepts, readable for the people who open the folder:
 * separators, reserved and control characters and whitespace become `_`, leading dots go, at
 * most `max` characters; `fallback` when nothing is left.
 */
export function safeFileName(text: string, max = 60, fallback = '_'): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const cleaned = [...text.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '_').replace(/^[._]+/, '')]
    .slice(0, max)
    .join('');
  return cleaned || fallback;
}
