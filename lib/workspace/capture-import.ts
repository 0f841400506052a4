/**
 * Bring links captured from a web page into a panel. The caller says how to fetch a link (in the
 * page with its own cookies, or with a host permission: lib/platform/extension). Each file is
 * judged by its bytes (only PDFs), stored once by hash, and recognised when the panel already
 * has it; each group of links becomes one application, titled from its form when the form says.
 * A link that fails is listed with its reason and the others are kept.
 */
import { checkPdf, type FetchedFile, fileNameFromDisposition } from '../capture/fetched-file';
import type { LinkGroup } from '../capture/group';
import type { CandidateLink } from '../capture/links';
import { ReviewDeskError } from '../errors';
import type { ApplicationId, FileHash } from '../ids';
import type { Panel } from '../panel/panel';
import type { RubricPack } from '../rubric';
import { type IntakeStores, proposeDetails } from './import';

export type CapturableLink = Pick<CandidateLink, 'url' | 'text' | 'fileName' | 'row'>;
export type FetchLink<L> = (link: L) => Promise<FetchedFile>;

export interface CaptureProgress {
  done: number;
  total: number;
  name: string;
}

export interface CapturedApplication {
  /** The group it came from. */
  key: string;
  applicationId: ApplicationId;
  title: string;
  files: number;
}

export interface CaptureOutcome<L> {
  /** New applications (or, with `attachTo`, the one application that received files). */
  applications: CapturedApplication[];
  /** Files the panel already had (same bytes): where they are. */
  known: { link: L; name: string; applicationId: ApplicationId; title: string }[];
  failed: { link: L; name: string; error: unknown }[];
  /** Forms that could not be read to propose a title (imported all the same). */
  unreadable: { name: string; error: unknown }[];
}

/** A group may name the application it goes to (a retry adds to what the first run made). */
export type CaptureGroup<L extends CapturableLink> = LinkGroup<L> & {
  applicationId?: ApplicationId;
};

export interface CaptureOptions {
  pack?: RubricPack;
  /** Add every file to this application instead of making one application per group. */
  attachTo?: ApplicationId;
  onProgress?: (progress: CaptureProgress) => void;
}

/** Where each file of the panel is, by hash. */
function filesInPanel(panel: Panel): Map<FileHash, { id: ApplicationId; title: string }> {
  const index = new Map<FileHash, { id: ApplicationId; title: string }>();
  for (const app of panel.applications()) {
    for (const file of app.files) index.set(file.hash, { id: app.id, title: app.title });
  }
  return index;
}

export async function importCaptured<L extends CapturableLink>(
  panel: Panel,
  stores: IntakeStores,
  groups: CaptureGroup<L>[],
  fetchLink: FetchLink<L>,
  options: CaptureOptions = {},
): Promise<CaptureOutcome<L>> {
  const outcome: CaptureOutcome<L> = { applications: [], known: [], failed: [], unreadable: [] };
  const total = groups.reduce((n, g) => n + g.links.length, 0);
  const inPanel = filesInPanel(panel);
  const isChair = panel.me().role === 'chair';
  const targetOf = (group: CaptureGroup<L>) => {
    const id = group.applicationId ?? options.attachTo;
    if (!id) return null;
    const target = panel.application(id);
    if (!target) throw new ReviewDeskError('extension/noApplication', { id });
    return target;
  };
  for (const group of groups) targetOf(group);
  let done = 0;
  for (const group of groups) {
    const target = targetOf(group);
    const stored: { hash: FileHash; name: string; size: number; link: L }[] = [];
    for (const link of group.links) {
      let name = link.fileName;
      options.onProgress?.({ done, total, name });
      try {
        const fetched = await fetchLink(link);
        name = fileNameFromDisposition(fetched.disposition) ?? name;
        checkPdf(fetched, name);
        const { hash } = await stores.files.put(fetched.bytes);
        const known = inPanel.get(hash);
        if (known) {
          outcome.known.push({ link, name, applicationId: known.id, title: known.title });
        } else if (!stored.some((s) => s.hash === hash)) {
          stored.push({ hash, name, size: fetched.bytes.byteLength, link });
        }
      } catch (error) {
        outcome.failed.push({ link, name, error });
      }
      done++;
    }
    if (stored.length === 0) continue;
    if (!isChair) {
      // Stored on this device all the same: opening the panel later finds them by hash.
      for (const s of stored) {
        outcome.failed.push({
          link: s.link,
          name: s.name,
          error: new ReviewDeskError('extension/notChair'),
        });
      }
      continue;
    }
    const files = stored.map(({ hash, name, size }) => ({ hash, name, size }));
    let id: ApplicationId;
    let title: string;
    if (target) {
      id = target.id;
      title = target.title;
    } else {
      const details = await proposeDetails(stores.extraction, options.pack, files[0], group.title);
      if ('error' in details)
        outcome.unreadable.push({ name: files[0]!.name, error: details.error });
      title = details.title;
      // Its own write first: the panel shows a new application only once it exists (as import.ts).
      id = panel.addApplication({
        title,
        applicantUnit: details.applicantUnit,
        recommendingBody: details.recommendingBody,
      });
    }
    panel.batch(() => {
      for (const file of files) panel.addFile(id, file);
    });
    for (const file of files) inPanel.set(file.hash, { id, title });
    const previous = outcome.applications.find((a) => a.applicationId === id);
    if (previous) previous.files += files.length;
    else
      outcome.applications.push({ key: group.key, applicationId: id, title, files: files.length });
  }
  options.onProgress?.({ done: total, total, name: '' });
  return outcome;
}
