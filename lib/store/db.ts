/**
 * The device's local database (Dexie over IndexedDB): file bytes by hash, local settings, and
 * the list of panels this device has joined. The panel documents themselves live in
 * y-indexeddb (one database per panel); nothing here is synced.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { KeyEscrow } from '../identity/backup-box';
import type { FileHash, PanelId } from '../ids';

export interface StoredFile {
  hash: FileHash;
  bytes: Uint8Array;
  size: number;
  /** MIME type sniffed from the bytes (`application/pdf` for PDFs). */
  type: string;
  addedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

export interface JoinedPanel {
  id: PanelId;
  name: string;
  /** Demo panels are labelled 示例 and can be removed in one click. */
  demo: boolean;
  joinedAt: number;
}

/**
 * This device's identity in one panel (lib/identity). `signingKey` is a CryptoKey object: in
 * browsers a non-extractable private key, stored as is (IndexedDB keeps CryptoKeys).
 */
export interface StoredIdentity {
  panelId: PanelId;
  memberId: string;
  name: string;
  role: string;
  signingKey: CryptoKey;
  signingPublic: JsonWebKey;
  inviteKey: JsonWebKey | null;
  sealSecret: Uint8Array;
  token: string | null;
  relayUrl: string | null;
  savedAt: number;
  /**
   * The chair key sealed under the chair's passphrase when the panel was made (lib/sign SPEC
   * B3): the daily key above is non-extractable, so an identity backup opens this instead.
   */
  escrow?: KeyEscrow;
}

export class ReviewDeskDb extends Dexie {
  files!: EntityTable<StoredFile, 'hash'>;
  settings!: EntityTable<Setting, 'key'>;
  panels!: EntityTable<JoinedPanel, 'id'>;
  identities!: EntityTable<StoredIdentity, 'panelId'>;

  constructor(name = 'review-desk') {
    super(name);
    this.version(1).stores({
      files: 'hash, addedAt',
      settings: 'key',
      panels: 'id, joinedAt',
    });
    // v2 (lib/identity): one identity per joined panel on this device.
    this.version(2).stores({ identities: 'panelId' });
  }
}

let shared: ReviewDeskDb | null = null;

/** The app's database; tests pass their own name to stay isolated. */
export function getDb(): ReviewDeskDb {
  shared ??= new ReviewDeskDb();
  return shared;
}
