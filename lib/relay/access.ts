/**
 * Node-only. What the relay knows about each panel's members, learned from the documents it
 * serves (SPEC I2) and kept in its data directory, so a removal stays enforced after a restart
 * and before the document is loaded again. Only chair-signed member entries count, and for each
 * member the winner in the document's order (SPEC D3) is kept.
 */
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { keyFingerprint, type PublicJwk, verify } from '../crypto/ecdsa';
import { panelIdFromChairKey } from '../identity/panel-id';
import type { Role } from '../identity/role';
import { signedPayload } from '../panel/entry';
import type { Member } from '../panel/records/member';
import { checkEntry } from '../panel/validate';

export interface MemberAccess {
  role: Role;
  removed: boolean;
}

export class AccessStore {
  private db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS members (
      panel TEXT NOT NULL, member TEXT NOT NULL, s INTEGER NOT NULL, d INTEGER NOT NULL,
      at INTEGER NOT NULL, role TEXT NOT NULL, removed INTEGER NOT NULL,
      PRIMARY KEY (panel, member))`);
  }

  get(panel: string, member: string): MemberAccess | null {
    const row = this.db
      .prepare('SELECT role, removed FROM members WHERE panel = ? AND member = ?')
      .get(panel, member) as { role: Role; removed: number } | undefined;
    return row ? { role: row.role, removed: row.removed === 1 } : null;
  }

  /** Returns true when this entry became the member's current record and removes them. */
  private put(panel: string, m: Member, s: number, d: number, at: number): boolean {
    const row = this.db
      .prepare('SELECT s, d, at, removed FROM members WHERE panel = ? AND member = ?')
      .get(panel, m.id) as { s: number; d: number; at: number; removed: number } | undefined;
    if (row && (row.s > s || (row.s === s && (row.d > d || (row.d === d && row.at >= at)))))
      return false;
    this.db
      .prepare(
        'INSERT OR REPLACE INTO members (panel, member, s, d, at, role, removed) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(panel, m.id, s, d, at, m.role, m.removed ? 1 : 0);
    return m.removed && row?.removed !== 1;
  }

  /** Learn from log entries (a whole document or one update); returns newly removed members. */
  async learn(panel: string, chairKey: PublicJwk, raws: unknown[]): Promise<string[]> {
    if (panelIdFromChairKey(chairKey) !== panel) return [];
    const removed: string[] = [];
    for (const raw of raws) {
      const c = checkEntry(raw, panel);
      if (!c.ok || c.version.parsed.kind !== 'member') continue;
      const e = c.version.entry;
      if (e.sk !== keyFingerprint(chairKey)) continue;
      if (!(await verify(chairKey, e.sig!, signedPayload(panel, e)))) continue;
      if (this.put(panel, c.version.value as Member, e.s, e.d, e.at)) removed.push(e.k.slice(2));
    }
    return removed;
  }

  close() {
    this.db.close();
  }
}

/** The log entries carried by one Yjs update, read from its structs without a document. */
export function entriesOfUpdate(update: Uint8Array): unknown[] {
  const out: unknown[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentAny)
      out.push(...struct.content.getContent());
  }
  return out;
}
