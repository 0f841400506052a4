/**
 * What the relay knows about each panel's members (SPEC M1–M3), learned only from member records
 * signed by the chair key, and kept where every node sees it before admitting anyone: in the data
 * directory (SQLite, survives restarts) and, with several nodes, in Redis (a node that never
 * loaded the panel still refuses a removed member). Per member the record with the greatest
 * sequence wins, written with compare-and-set so a late, older record never replaces a newer one.
 *
 * While Redis is unreachable, a node answers from its own store after a short wait instead of
 * refusing everyone: it may then admit a member whose removal only another node has seen, which
 * costs nothing that counts (SPEC M4: a removed member's writes past the cut never count on any
 * replica), whereas refusing would stop the whole panel until Redis is back.
 */
import Database from 'better-sqlite3';
import type { Redis } from 'ioredis';
import type { Role } from '../lib/identity/role';

export interface MemberAccess {
  role: Role;
  removed: boolean;
  epoch: number;
  s: number;
}

const REDIS_PREFIX = 'review-desk:access:';
// KEYS[1] hash, ARGV: member, s, json. Sets only if the stored record has a lower sequence.
const CAS = `local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur then
  local s = tonumber(cjson.decode(cur).s)
  if s >= tonumber(ARGV[2]) then return 0 end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1`;

/** How long a Redis command may take before the node goes on with what it knows itself. */
const REDIS_WAIT_MS = 1000;

/** The command's result, or undefined when Redis failed or did not answer in time. */
async function fromRedis<T>(command: Promise<T>): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), REDIS_WAIT_MS);
  });
  try {
    // The command's own failure (ioredis gives up after its retries) is caught here too, even
    // when it comes after the wait: an unhandled rejection would stop the relay process.
    return await Promise.race([command.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

export class AccessStore {
  private db: Database.Database;

  constructor(
    file: string,
    private readonly redis: Redis | null = null,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`DROP TABLE IF EXISTS members;
      CREATE TABLE IF NOT EXISTS access (
      panel TEXT NOT NULL, member TEXT NOT NULL, s INTEGER NOT NULL, role TEXT NOT NULL,
      removed INTEGER NOT NULL, epoch INTEGER NOT NULL, PRIMARY KEY (panel, member))`);
  }

  private local(panel: string, member: string): MemberAccess | null {
    const row = this.db
      .prepare('SELECT role, removed, epoch, s FROM access WHERE panel = ? AND member = ?')
      .get(panel, member) as { role: Role; removed: number; epoch: number; s: number } | undefined;
    return row ? { role: row.role, removed: row.removed === 1, epoch: row.epoch, s: row.s } : null;
  }

  /** The newest record any node has written. */
  async get(panel: string, member: string): Promise<MemberAccess | null> {
    const local = this.local(panel, member);
    if (!this.redis) return local;
    const raw = await fromRedis(this.redis.hget(REDIS_PREFIX + panel, member));
    const shared = raw ? (JSON.parse(raw) as MemberAccess) : null;
    if (!shared) return local;
    if (!local || shared.s > local.s) return shared;
    return local;
  }

  /** Record what a verified member record says; true when it is newer than what was known. */
  async put(panel: string, member: string, access: MemberAccess): Promise<boolean> {
    const known = this.local(panel, member);
    let changed = false;
    if (!known || access.s > known.s) {
      this.db
        .prepare(
          'INSERT OR REPLACE INTO access (panel, member, s, role, removed, epoch) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(panel, member, access.s, access.role, access.removed ? 1 : 0, access.epoch);
      changed = true;
    }
    if (this.redis) {
      const set = await fromRedis(
        this.redis.eval(
          CAS,
          1,
          REDIS_PREFIX + panel,
          member,
          String(access.s),
          JSON.stringify(access),
        ),
      );
      changed ||= set === 1;
    }
    return changed;
  }

  close(): void {
    this.db.close();
  }
}
