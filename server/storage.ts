/**
 * The relay's document store (SPEC Y6, Q8): each accepted update is appended to SQLite, fsynced,
 * before the client is told it is stored — so "synced" in the app means on the relay's disk, and a
 * relay killed right after cannot lose it. Appends cost the size of the update, never of the
 * document; rows of a panel are merged into one in the background once there are enough of them.
 */
import Database from 'better-sqlite3';
import * as Y from 'yjs';

export interface UpdateStoreOptions {
  /** Merge a panel's rows into one after this many appends. */
  compactAfter?: number;
}

export class UpdateStore {
  private db: Database.Database;
  private appendsSinceCompaction = new Map<string, number>();
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly compactAfter: number;
  private closed = false;

  constructor(file: string, opts: UpdateStoreOptions = {}) {
    this.compactAfter = opts.compactAfter ?? 200;
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk when it returns, in WAL mode too.
    this.db.pragma('synchronous = FULL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, panel TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX IF NOT EXISTS updates_panel ON updates (panel, seq);`);
  }

  /** Durable when it returns (SPEC Y6). */
  append(panel: string, update: Uint8Array): void {
    this.db.prepare('INSERT INTO updates (panel, data) VALUES (?, ?)').run(panel, update);
    const n = (this.appendsSinceCompaction.get(panel) ?? 0) + 1;
    this.appendsSinceCompaction.set(panel, n);
    if (n >= this.compactAfter) this.scheduleCompaction(panel);
  }

  load(panel: string): Uint8Array[] {
    const rows = this.db
      .prepare('SELECT data FROM updates WHERE panel = ? ORDER BY seq')
      .all(panel) as { data: Buffer }[];
    return rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
  }

  has(panel: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM updates WHERE panel = ? LIMIT 1').get(panel) !== undefined
    );
  }

  /** Bytes stored for a panel (tests and the relay's own limits). */
  size(panel: string): number {
    const row = this.db
      .prepare('SELECT COALESCE(SUM(LENGTH(data)), 0) AS n FROM updates WHERE panel = ?')
      .get(panel) as { n: number };
    return row.n;
  }

  rows(panel: string): number {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM updates WHERE panel = ?').get(panel) as {
      n: number;
    };
    return row.n;
  }

  private scheduleCompaction(panel: string) {
    if (this.timers.has(panel) || this.closed) return;
    this.timers.set(
      panel,
      setTimeout(() => {
        this.timers.delete(panel);
        if (!this.closed) this.compact(panel);
      }, 50),
    );
  }

  /**
   * Replace a panel's rows with one merged update, in one transaction over exactly the rows read:
   * rows appended meanwhile stay as they are. Merging stored updates (not the live document)
   * keeps the store consistent whatever the document holds in memory.
   */
  compact(panel: string): void {
    const tx = this.db.transaction(() => {
      const rows = this.db
        .prepare('SELECT seq, data FROM updates WHERE panel = ? ORDER BY seq')
        .all(panel) as { seq: number; data: Buffer }[];
      if (rows.length < 2) return;
      const merged = Y.mergeUpdates(rows.map((r) => new Uint8Array(r.data)));
      const last = rows[rows.length - 1]!.seq;
      this.db.prepare('DELETE FROM updates WHERE panel = ? AND seq <= ?').run(panel, last);
      this.db.prepare('INSERT INTO updates (panel, data) VALUES (?, ?)').run(panel, merged);
    });
    tx();
    this.appendsSinceCompaction.set(panel, 0);
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.db.close();
  }
}
