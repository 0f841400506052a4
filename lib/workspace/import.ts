/**
 * Bring planned applications into a panel: store each file once by hash, add the application
 * and its files to the panel (the chair's job), and read the first file to propose the title,
 * applicant and recommending body from the form itself rather than from file names.
 */
import type { ApplicationId, FileHash } from '../ids';
import type { Panel } from '../panel/panel';
import type { RubricPack } from '../rubric';
import { putFile } from '../store/blobs';
import type { ReviewDeskDb } from '../store/db';
import { extractStoredFile } from './extraction-cache';
import type { ImportPlan, IncomingFile } from './import-plan';

export interface ImportProgress {
  done: number;
  total: number;
  name: string;
}

export interface ImportOutcome {
  applications: number;
  files: number;
  /** Files whose bytes were already stored (same hash). */
  alreadyStored: string[];
  /** Files that could not be read to propose a title (still imported). */
  unreadable: { name: string; error: unknown }[];
}

/** Text read from a PDF is untrusted: only strings, and no longer than a record allows. */
function clamp(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, 300) : '';
}

/**
 * Title, applicant and recommending body for a new application, read from its first file (the
 * form) when there is a pack; `fallback` is the title when the form does not say.
 */
export async function proposeDetails(
  db: ReviewDeskDb,
  pack: RubricPack | undefined,
  first: { hash: FileHash; name: string } | undefined,
  fallback: string,
): Promise<{ title: string; applicantUnit: string; recommendingBody: string; error?: unknown }> {
  const out = { title: fallback, applicantUnit: '', recommendingBody: '' };
  if (!first || !pack) return out;
  try {
    const { facts } = await extractStoredFile(db, pack, first);
    return {
      title: clamp(facts.projectName?.value) || fallback,
      applicantUnit: clamp(facts.leadUnit?.value),
      recommendingBody: clamp(facts.recommendingBody?.value),
    };
  } catch (error) {
    return { ...out, error };
  }
}

export async function importApplications<F extends IncomingFile>(
  panel: Panel,
  db: ReviewDeskDb,
  plan: ImportPlan<F>,
  read: (file: F) => Promise<Uint8Array>,
  options: { pack?: RubricPack; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { applications: 0, files: 0, alreadyStored: [], unreadable: [] };
  const total = plan.applications.reduce((n, a) => n + a.files.length, 0);
  let done = 0;
  for (const planned of plan.applications) {
    const stored: { hash: FileHash; name: string; size: number }[] = [];
    for (const file of planned.files) {
      const name = file.path.split('/').pop() ?? file.path;
      options.onProgress?.({ done, total, name });
      const bytes = await read(file);
      const { hash, added } = await putFile(db, bytes);
      if (!added) outcome.alreadyStored.push(name);
      stored.push({ hash, name, size: bytes.byteLength });
      done++;
    }
    const first = stored[0];
    const details = await proposeDetails(db, options.pack, first, planned.title);
    if ('error' in details && first) {
      outcome.unreadable.push({ name: first.name, error: details.error });
    }
    const { title, applicantUnit, recommendingBody } = details;
    // Not one batch: the panel sees a new application only once its write is done.
    const id = panel.addApplication({ title, applicantUnit, recommendingBody });
    panel.batch(() => {
      for (const file of stored) panel.addFile(id, file);
    });
    outcome.applications++;
    outcome.files += stored.length;
  }
  options.onProgress?.({ done, total, name: '' });
  return outcome;
}

/** Add more files (汇总表 extract, evidence) to an application that already exists. */
export async function addFilesToApplication<F extends IncomingFile>(
  panel: Panel,
  db: ReviewDeskDb,
  applicationId: ApplicationId,
  files: F[],
  read: (file: F) => Promise<Uint8Array>,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { applications: 0, files: 0, alreadyStored: [], unreadable: [] };
  const existing = new Set(panel.application(applicationId)?.files.map((f) => f.hash) ?? []);
  for (const [done, file] of files.entries()) {
    const name = file.path.split('/').pop() ?? file.path;
    onProgress?.({ done, total: files.length, name });
    const bytes = await read(file);
    const { hash, added } = await putFile(db, bytes);
    if (!added) outcome.alreadyStored.push(name);
    if (!existing.has(hash)) {
      panel.addFile(applicationId, { hash, name, size: bytes.byteLength });
      existing.add(hash);
      outcome.files++;
    }
  }
  onProgress?.({ done: files.length, total: files.length, name: '' });
  return outcome;
}
