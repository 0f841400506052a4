/**
 * Branded identifiers. A bare string is never an id: the brand says which record it names,
 * so a reviewer id cannot be passed where an application id is expected.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PanelId = Brand<string, 'PanelId'>;
export type ApplicationId = Brand<string, 'ApplicationId'>;
export type MemberId = Brand<string, 'MemberId'>;
/** A reviewer is a panel member; the alias keeps call sites readable. */
export type ReviewerId = MemberId;
export type FileHash = Brand<string, 'FileHash'>;
export type RubricId = Brand<string, 'RubricId'>;
export type FactId = Brand<string, 'FactId'>;
export type RuleId = Brand<string, 'RuleId'>;
export type CriterionId = Brand<string, 'CriterionId'>;
export type AnnotationId = Brand<string, 'AnnotationId'>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isFileHash(value: string): value is FileHash {
  return SHA256_HEX.test(value);
}

/** Random id for records created locally (annotations, threads). 128 bits, url-safe. */
export function randomId<T extends string>(prefix = ''): Brand<string, T> {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return (prefix + out) as Brand<string, T>;
}
