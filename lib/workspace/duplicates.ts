/**
 * Likely duplicate applications: a second copy of a submission arrives with other bytes (saved
 * again, printed again, an owner password added), so equal hashes alone miss it. Two forms whose
 * facts agree — the project name and every other fact both forms state — are the same
 * application as far as the panel is concerned; the chair is asked before it is added twice
 * (and counted twice by quota checks). Pure: facts in, matches out.
 */
import type { FileHash } from '../ids';

export interface Comparable {
  title: string;
  applicantUnit: string;
  hashes: readonly FileHash[];
  /** Facts read from the form (values only); undefined when the form could not be read here. */
  facts?: Readonly<Record<string, unknown>>;
}

export interface ExistingApplication extends Comparable {
  id: string;
}

export type DuplicateReason =
  /** One of its files is byte for byte a file of the other. */
  | 'sameFile'
  /** The forms state the same project and agree on every fact both state. */
  | 'sameFacts'
  /** Only the titles and applicant units could be compared, and they are equal. */
  | 'sameTitle';

export interface DuplicateMatch {
  id: string;
  title: string;
  reason: DuplicateReason;
  /** For `sameFacts`: how many facts agree. */
  facts?: number;
}

/** Facts needed in common before two forms are called the same (a name alone is not enough). */
export const MIN_SHARED_FACTS = 3;

/** Text compared as a reader would: full-width forms folded, spaces and punctuation ignored. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}]/gu, '')
    .toLowerCase();
}

function canonical(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(fold(value));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== '')
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The number of facts both forms state, if they agree on all of them and on the project name. */
function agreeingFacts(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): number | null {
  if (a.projectName === undefined || b.projectName === undefined) return null;
  let shared = 0;
  for (const id of Object.keys(a)) {
    if (a[id] === undefined || b[id] === undefined) continue;
    if (canonical(a[id]) !== canonical(b[id])) return null;
    shared++;
  }
  return shared;
}

export function findDuplicates(
  candidate: Comparable,
  existing: readonly ExistingApplication[],
): DuplicateMatch[] {
  const matches: DuplicateMatch[] = [];
  const hashes = new Set(candidate.hashes);
  for (const other of existing) {
    const base = { id: other.id, title: other.title };
    if (other.hashes.some((h) => hashes.has(h))) {
      matches.push({ ...base, reason: 'sameFile' });
      continue;
    }
    if (candidate.facts && other.facts) {
      const shared = agreeingFacts(candidate.facts, other.facts);
      if (shared !== null && shared >= MIN_SHARED_FACTS) {
        matches.push({ ...base, reason: 'sameFacts', facts: shared });
      }
      continue;
    }
    const title = fold(candidate.title);
    const unit = fold(candidate.applicantUnit);
    if (title && unit && title === fold(other.title) && unit === fold(other.applicantUnit)) {
      matches.push({ ...base, reason: 'sameTitle' });
    }
  }
  return matches;
}
