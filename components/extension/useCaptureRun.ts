/**
 * One capture run's state: progress while links are fetched and imported, the outcome after
 * (created, already in the panel, failed with reasons), and retrying failed links — after the
 * user allowed an origin — into the applications their groups already made.
 */
import { useState } from 'react';
import type { FetchedFile } from '@/lib/capture/fetched-file';
import type { LinkGroup } from '@/lib/capture/group';
import type { CandidateLink } from '@/lib/capture/links';
import type { ApplicationId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import type { ExtensionHost } from '@/lib/platform';
import type { RubricPack } from '@/lib/rubric';
import {
  type CaptureOutcome,
  type CaptureProgress,
  importCaptured,
} from '@/lib/workspace/capture-import';
import { useStores } from '../workspace/WorkspaceContext';

export type Outcome = CaptureOutcome<CandidateLink>;

interface RunOptions {
  /** Add every file to this application. */
  attachTo?: ApplicationId;
  /** The bytes are here already (fetched before the user chose where they go). */
  fetchLink?: (link: CandidateLink) => Promise<FetchedFile>;
}

export function useCaptureRun(panel: Panel, pack: RubricPack, host: ExtensionHost, tabId: number) {
  const [progress, setProgress] = useState<CaptureProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [groups, setGroups] = useState<LinkGroup[]>([]);
  const [error, setError] = useState<unknown>(null);
  const stores = useStores();

  const run = async (
    chosen: (LinkGroup & { applicationId?: ApplicationId })[],
    opts: RunOptions = {},
  ): Promise<Outcome | null> => {
    setError(null);
    setProgress({ done: 0, total: chosen.reduce((n, g) => n + g.links.length, 0), name: '' });
    try {
      const result = await importCaptured(
        panel,
        stores,
        chosen,
        opts.fetchLink ?? ((link) => host.fetchLink(tabId, link)),
        { pack, attachTo: opts.attachTo, onProgress: setProgress },
      );
      void stores.files.share(panel).catch(() => undefined);
      return result;
    } catch (err) {
      setError(err);
      return null;
    } finally {
      setProgress(null);
    }
  };

  const start = async (chosen: LinkGroup[], opts: RunOptions = {}) => {
    setGroups(chosen);
    setOutcome(null);
    const result = await run(chosen, opts);
    if (result) setOutcome(result);
    return result;
  };

  /** Fetch these failed links again, adding to the applications their groups made already. */
  const retry = async (links: CandidateLink[]) => {
    const again = groups
      .map((g) => ({
        ...g,
        links: g.links.filter((l) => links.includes(l)),
        applicationId: outcome?.applications.find((a) => a.key === g.key)?.applicationId,
      }))
      .filter((g) => g.links.length > 0);
    const result = await run(again);
    if (!result) return;
    setOutcome((before) => {
      if (!before) return result;
      const merged = [...before.applications];
      for (const a of result.applications) {
        const same = merged.find((b) => b.applicationId === a.applicationId);
        if (same) same.files += a.files;
        else merged.push(a);
      }
      return {
        applications: merged,
        known: [...before.known, ...result.known],
        failed: [...before.failed.filter((f) => !links.includes(f.link)), ...result.failed],
        unreadable: [...before.unreadable, ...result.unreadable],
      };
    });
  };

  return { progress, outcome, error, start, retry, running: progress !== null };
}
