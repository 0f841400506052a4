/**
 * `review-desk relay --allow-chairs FILE` (SPEC Q7): the panels a relay serves, named by their
 * chairs. One entry per line — a chair's public key as JSON (the `chairKey` of an invitation) or a
 * panel id (`p` + 32 hex, which is the hash of the chair key); blank lines and `#` comments are
 * skipped. Anything else is an error naming the line, so a typo never silently opens the relay.
 */
import { publicJwkSchema } from '../lib/crypto/ecdsa';
import { ReviewDeskError } from '../lib/errors';
import { PANEL_ID_PATTERN, panelIdFromChairKey } from '../lib/identity/panel-id';

export function parseAllowList(text: string): Set<string> {
  const panels = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (PANEL_ID_PATTERN.test(line)) {
      panels.add(line);
      return;
    }
    let key: unknown;
    try {
      key = JSON.parse(line);
    } catch {
      key = null;
    }
    const parsed = publicJwkSchema.safeParse(
      key && typeof key === 'object' && 'chairKey' in key
        ? (key as { chairKey: unknown }).chairKey
        : key,
    );
    if (!parsed.success) throw new ReviewDeskError('sync/badAllowList', { line: i + 1 });
    panels.add(panelIdFromChairKey(parsed.data));
  });
  return panels;
}
