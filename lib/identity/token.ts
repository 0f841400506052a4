/**
 * Member tokens (SPEC I1): `rdt1.<claims>.<signature>`, claims as base64url canonical JSON, signed
 * by the chair key. The claims carry the chair's public key, so a verifier needs only the token and
 * the room name: hash(chair key) must equal the panel id, which must equal the room.
 */
import { z } from 'zod';
import { canonicalJson, fromBase64, fromUtf8, toBase64, utf8 } from '../crypto/bytes';
import { type PublicJwk, publicJwkSchema, sign, verify } from '../crypto/ecdsa';
import type { MemberId, PanelId } from '../ids';
import { panelIdFromChairKey } from './panel-id';
import { roleSchema } from './role';

export const tokenClaimsSchema = z.object({
  v: z.literal(1),
  panel: z.string().regex(/^p[0-9a-f]{32}$/),
  member: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  role: roleSchema,
  iat: z.number().int().nonnegative(),
  exp: z.number().int().positive(),
  chair: publicJwkSchema,
  /** SPEC M3: tokens below the member's current epoch are refused (absent = 0). */
  epoch: z.number().int().nonnegative().max(1_000_000).optional(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema> & { panel: PanelId; member: MemberId };

const PREFIX = 'rdt1';
const DAY = 24 * 60 * 60 * 1000;
export const DEFAULT_TOKEN_DAYS = 365;

function signedPart(claimsB64: string): string {
  return `rd-token-v1\n${claimsB64}`;
}

export async function signToken(
  chairPrivateKey: CryptoKey,
  claims: Omit<TokenClaims, 'v' | 'iat' | 'exp'> & { iat?: number; exp?: number },
): Promise<string> {
  const iat = claims.iat ?? Date.now();
  const full = { ...claims, v: 1 as const, iat, exp: claims.exp ?? iat + DEFAULT_TOKEN_DAYS * DAY };
  const body = toBase64(utf8(canonicalJson(tokenClaimsSchema.parse(full))));
  return `${PREFIX}.${body}.${await sign(chairPrivateKey, signedPart(body))}`;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'forged' | 'wrong-panel' | 'expired' | 'future' };

/** How far a token's issue time may be ahead of the verifier's clock (clock skew). */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Structure only: who the token says it is for. Nothing here is trusted yet. */
export function readTokenClaims(token: string): TokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  try {
    const parsed = tokenClaimsSchema.safeParse(JSON.parse(fromUtf8(fromBase64(parts[1]!))));
    return parsed.success ? (parsed.data as TokenClaims) : null;
  } catch {
    return null;
  }
}

/** The full check a relay runs (SPEC I2), except removal, which needs the panel document. */
export async function verifyToken(
  token: string,
  room: string,
  now = Date.now(),
): Promise<TokenCheck> {
  const claims = readTokenClaims(token);
  if (!claims) return { ok: false, reason: 'malformed' };
  if (panelIdFromChairKey(claims.chair as PublicJwk) !== claims.panel) {
    return { ok: false, reason: 'forged' };
  }
  const [, body, sig] = token.split('.');
  if (!(await verify(claims.chair as PublicJwk, sig!, signedPart(body!)))) {
    return { ok: false, reason: 'forged' };
  }
  if (claims.panel !== room) return { ok: false, reason: 'wrong-panel' };
  if (claims.exp <= now) return { ok: false, reason: 'expired' };
  // SPEC M3: a token "issued" in the future is refused too (it would outlive a revocation).
  if (claims.iat > now + MAX_CLOCK_SKEW_MS) return { ok: false, reason: 'future' };
  return { ok: true, claims };
}
