/**
 * Size limits (SPEC Q1–Q6), one place for every path that takes bytes from someone else: the API
 * refuses a write above them, the relay and `.rdsync` import refuse an update, readers skip an
 * element. Chosen so a real panel (hundreds of applications, dozens of reviewers) stays far below
 * them while one member cannot fill a relay, a disk or every peer's memory.
 */
export const LIMITS = {
  /** Q1: one batch (one log element's body), in bytes of UTF-8 JSON. */
  batchBytes: 2 * 1024 * 1024,
  /** Q1: entries in one batch. */
  batchEntries: 1000,
  /** Q2: the rubric text frozen in the panel meta, in characters. */
  rubricChars: 600_000,
  /** Q3: one update (a relay message, an `.rdsync` part's payload): a whole panel fits. */
  updateBytes: 64 * 1024 * 1024,
  /** Q3: log elements in one update. */
  updateElements: 200_000,
  /** Q4: a whole panel document as the relay stores it. */
  documentBytes: 64 * 1024 * 1024,
  /** Q5: what one member's batches may add to a panel on a relay (the chair twice as much). */
  memberBytes: 16 * 1024 * 1024,
  /** Q6: client ids (writing sessions) per member, over the panel's life. */
  memberSessions: 5000,
} as const;
