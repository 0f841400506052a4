/**
 * Bring planned applications into a panel, in two steps so the chair can be asked in between:
 *
 * 1. `prepareImport` reads every file and checks it is a PDF a reviewer can read: bad files
 *    (not a PDF, truncated, empty) are listed with the reason and never stored; good and locked
 *    files are stored once by hash. The form (the first readable file) proposes the title,
 *    applicant and recommending body, and its facts are compared with the panel's applications
 *    and the rest of the drop to find likely duplicates.
 * 2. `commitImport` adds the applications the chair kept. A planned application without a single
 *    usable file never becomes one.
 */
import type { ApplicationId, FileHash } from '../ids';
import type { Panel } from '../panel/panel';
import type { RubricPack } from '../rubric';
import { type DuplicateMatch, type ExistingApplication, findDuplicates, fold } from './duplicates';
import { checkPdf } from './file-check';
import type { ImportPlan, IncomingFile } from './import-plan';
import type { ExtractionStore, FileStore } from './stores';

export interface ImportProgress {
  done: number;
  total: number;
  name: string;
}

/** What an intake needs of a device: storing bytes and reading facts (the CLI brings its own). */
export type IntakeStores = { files: Pick<FileStore, 'put'>; extraction: ExtractionStore };
type Stores = IntakeStores;

export interface PreparedFile {
  hash: FileHash;
  name: string;
  size: number;
  /** Needs a password: its facts are read once a reviewer unlocks it in the viewer. */
  locked: boolean;
  /** The same bytes were already on this device. */
  alreadyStored: boolean;
}

export interface RejectedFile {
  /** The path as dropped (`大连/推荐表.pdf`). */
  path: string;
  /** A ReviewDeskError saying why (pdf/notPdf, pdf/corrupt, pdf/empty…). */
  error: unknown;
}

export interface PreparedApplication {
  title: string;
  applicantUnit: string;
  recommendingBody: string;
  files: PreparedFile[];
  /** The form is locked, so the title is the file or folder name until it is unlocked. */
  locked: boolean;
  /** Existing applications (or earlier ones of this drop, id `drop:N`) it seems to repeat. */
  duplicates: DuplicateMatch[];
}

export interface PreparedImport {
  applications: PreparedApplication[];
  /** Files refused; an application left with none of its files is not in `applications`. */
  rejected: RejectedFile[];
  /** Form files that could be opened but not read for a title (kept under the file name). */
  unreadable: { name: string; error: unknown }[];
}

export interface ImportOutcome {
  applications: number;
  files: number;
  /** Files whose bytes were already stored (same hash). */
  alreadyStored: string[];
  /** Applications added with a locked form: unlock them to read the title and facts. */
  locked: string[];
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
  extraction: ExtractionStore,
  pack: RubricPack | undefined,
  first: { hash: FileHash; name: string } | undefined,
  fallback: string,
): Promise<{ title: string; applicantUnit: string; recommendingBody: string; error?: unknown }> {
  const out = { title: fallback, applicantUnit: '', recommendingBody: '' };
  if (!first || !pack) return out;
  try {
    const facts = factValues((await extraction.extract(pack, first)).facts);
    return {
      title: clamp(facts.projectName) || fallback,
      applicantUnit: clamp(facts.leadUnit),
      recommendingBody: clamp(facts.recommendingBody),
    };
  } catch (error) {
    return { ...out, error };
  }
}

function factValues(facts: Record<string, { value: unknown }>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(facts).map(([id, f]) => [id, f.value]));
}

/**
 * The applications a candidate is compared with: the panel's and those earlier in the drop. A
 * panel's application is read (its form's facts) only when it could be the same — same title or
 * a shared file — so a drop into a panel of hundreds does not read hundreds of forms.
 */
class Known {
  private readonly read = new Map<string, Record<string, unknown> | null>();
  readonly dropped: ExistingApplication[] = [];

  constructor(
    private readonly panel: Panel,
    private readonly stores: Stores,
    private readonly pack: RubricPack | undefined,
  ) {}

  private async factsOf(app: ReturnType<Panel['applications']>[number]) {
    if (!this.read.has(app.id)) {
      const first = app.files[0];
      let facts: Record<string, unknown> | null = null;
      if (first && this.pack) {
        try {
          facts = factValues((await this.stores.extraction.extract(this.pack, first)).facts);
        } catch {
          facts = null; // not on this device, or locked: titles are compared instead
        }
      }
      this.read.set(app.id, facts);
    }
    return this.read.get(app.id) ?? undefined;
  }

  async candidatesFor(title: string, hashes: readonly string[]): Promise<ExistingApplication[]> {
    const out: ExistingApplication[] = [];
    const folded = fold(title);
    for (const app of this.panel.applications()) {
      const shares = app.files.some((f) => hashes.includes(f.hash));
      if (!shares && (!folded || fold(app.title) !== folded)) continue;
      const facts = await this.factsOf(app);
      out.push({
        id: app.id,
        title: app.title,
        applicantUnit: app.applicantUnit,
        hashes: app.files.map((f) => f.hash),
        ...(facts ? { facts } : {}),
      });
    }
    return [...out, ...this.dropped];
  }
}

export async function prepareImport<F extends IncomingFile>(
  panel: Panel,
  stores: Stores,
  plan: ImportPlan<F>,
  read: (file: F) => Promise<Uint8Array>,
  options: { pack?: RubricPack; onProgress?: (p: ImportProgress) => void } = {},
): Promise<PreparedImport> {
  const prepared: PreparedImport = { applications: [], rejected: [], unreadable: [] };
  const total = plan.applications.reduce((n, a) => n + a.files.length, 0);
  const known = new Known(panel, stores, options.pack);
  let done = 0;
  for (const planned of plan.applications) {
    const files: PreparedFile[] = [];
    for (const file of planned.files) {
      const name = file.path.split('/').pop() ?? file.path;
      options.onProgress?.({ done, total, name });
      done++;
      const bytes = await read(file);
      const check = await checkPdf(bytes, name);
      if (check.status === 'bad') {
        prepared.rejected.push({ path: file.path, error: check.error });
        continue;
      }
      const { hash, added } = await stores.files.put(bytes);
      if (files.some((f) => f.hash === hash)) continue;
      files.push({
        hash,
        name,
        size: bytes.byteLength,
        locked: check.status === 'locked',
        alreadyStored: !added,
      });
    }
    const form = files[0];
    if (!form) continue;
    const application: PreparedApplication = {
      title: planned.title,
      applicantUnit: '',
      recommendingBody: '',
      files,
      locked: form.locked,
      duplicates: [],
    };
    let facts: Record<string, unknown> | undefined;
    if (!form.locked && options.pack) {
      try {
        const result = await stores.extraction.extract(options.pack, form);
        facts = factValues(result.facts);
        application.title = clamp(facts.projectName) || planned.title;
        application.applicantUnit = clamp(facts.leadUnit);
        application.recommendingBody = clamp(facts.recommendingBody);
      } catch (error) {
        prepared.unreadable.push({ name: form.name, error });
      }
    }
    const candidate = {
      title: application.title,
      applicantUnit: application.applicantUnit,
      hashes: files.map((f) => f.hash),
      ...(facts ? { facts } : {}),
    };
    application.duplicates = findDuplicates(
      candidate,
      await known.candidatesFor(candidate.title, candidate.hashes),
    );
    known.dropped.push({ ...candidate, id: `drop:${prepared.applications.length}` });
    prepared.applications.push(application);
  }
  options.onProgress?.({ done, total, name: '' });
  return prepared;
}

/** Add the prepared applications, except those at the indexes in `skip` (duplicates declined). */
export function commitImport(
  panel: Panel,
  prepared: PreparedImport,
  skip: ReadonlySet<number> = new Set(),
): ImportOutcome {
  const outcome: ImportOutcome = { applications: 0, files: 0, alreadyStored: [], locked: [] };
  prepared.applications.forEach((app, index) => {
    if (skip.has(index)) return;
    // Not one batch: the panel sees a new application only once its write is done.
    const id = panel.addApplication({
      title: app.title,
      applicantUnit: app.applicantUnit,
      recommendingBody: app.recommendingBody,
    });
    panel.batch(() => {
      for (const file of app.files)
        panel.addFile(id, { hash: file.hash, name: file.name, size: file.size });
    });
    outcome.applications++;
    outcome.files += app.files.length;
    outcome.alreadyStored.push(...app.files.filter((f) => f.alreadyStored).map((f) => f.name));
    if (app.locked) outcome.locked.push(app.title);
  });
  return outcome;
}

/**
 * Add more files (汇总表 extract, evidence) to an application that already exists. Bad files are
 * refused with the reason, like at intake; the others are stored and added once.
 */
export async function addFilesToApplication<F extends IncomingFile>(
  panel: Panel,
  stores: { files: Pick<FileStore, 'put'> },
  applicationId: ApplicationId,
  files: F[],
  read: (file: F) => Promise<Uint8Array>,
  onProgress?: (p: ImportProgress) => void,
): Promise<{ files: number; alreadyStored: string[]; rejected: RejectedFile[] }> {
  const outcome = { files: 0, alreadyStored: [] as string[], rejected: [] as RejectedFile[] };
  const existing = new Set(panel.application(applicationId)?.files.map((f) => f.hash) ?? []);
  for (const [done, file] of files.entries()) {
    const name = file.path.split('/').pop() ?? file.path;
    onProgress?.({ done, total: files.length, name });
    const bytes = await read(file);
    const check = await checkPdf(bytes, name);
    if (check.status === 'bad') {
      outcome.rejected.push({ path: file.path, error: check.error });
      continue;
    }
    const { hash, added } = await stores.files.put(bytes);
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

/**
 * After a locked form was unlocked and read: the title, applicant and recommending body it
 * states, for an application whose title is still the file's name (never read). Null when there
 * is nothing to change.
 */
export function titleFromUnlockedForm(
  app: {
    title: string;
    applicantUnit: string;
    recommendingBody: string;
    files: { name: string }[];
  },
  facts: Readonly<Record<string, { value: unknown }>>,
): { title: string; applicantUnit: string; recommendingBody: string } | null {
  const form = app.files[0];
  if (!form) return null;
  const stem = form.name.replace(/\.[^./]+$/, '');
  if (app.title !== stem || app.applicantUnit !== '') return null;
  const title = clamp(facts.projectName?.value);
  if (!title) return null;
  return {
    title,
    applicantUnit: clamp(facts.leadUnit?.value),
    recommendingBody: clamp(facts.recommendingBody?.value) || app.recommendingBody,
  };
}
