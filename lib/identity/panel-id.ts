/**
 * The panel id is derived from the chair's public key (SPEC D7), so anyone holding a token that
 * carries the chair key can check it against the room name with no other setup: a relay started on
 * an empty data directory admits the members of a panel created elsewhere, offline.
 */
import { canonicalJson } from '../crypto/bytes';
import { minimalPublicJwk, type PublicJwk } from '../crypto/ecdsa';
import { sha256HexOf } from '../crypto/hash';
import type { PanelId } from '../ids';

export const PANEL_ID_PATTERN = /^p[0-9a-f]{32}$/;

export function panelIdFromChairKey(chairKey: PublicJwk): PanelId {
  return `p${sha256HexOf(`rd-panel-v1|${canonicalJson(minimalPublicJwk(chairKey))}`).slice(0, 32)}` as PanelId;
}
