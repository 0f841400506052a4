/**
 * A panel directory picked in the app (a folder chosen in the browser): find its files by name,
 * wherever the picked folder's root is, and check panel.json before anything is used. Pure: the
 * caller reads the bytes.
 */
import { ReviewDeskError } from '../errors';
import {
  CHAIR_IDENTITY_FILE,
  FILES_DIR,
  PANEL_FILE,
  type PanelSummary,
  parsePanelSummary,
  STATE_FILE,
} from './format';

export interface PickedEntry {
  /** Path relative to what was picked, `/`-separated (`评审组/panel.json`). */
  path: string;
  read(): Promise<Uint8Array>;
}

export interface PanelDirectoryContents {
  summary: PanelSummary;
  identity: unknown;
  /** panel.rdsync and any other exchange files in the directory's top level. */
  states: Uint8Array[];
  /** The application files in files/. */
  files: PickedEntry[];
}

const decoder = new TextDecoder();

function json(bytes: Uint8Array, file: string): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch (error) {
    throw new ReviewDeskError('panelDirectory/badFile', { file }, { cause: error });
  }
}

export async function readPanelDirectory(entries: PickedEntry[]): Promise<PanelDirectoryContents> {
  const summaryEntry = entries.find((e) => e.path.split('/').pop() === PANEL_FILE);
  if (!summaryEntry) throw new ReviewDeskError('panelDirectory/missing', { file: PANEL_FILE });
  const root = summaryEntry.path.slice(0, summaryEntry.path.length - PANEL_FILE.length);
  const inRoot = (name: string) => entries.find((e) => e.path === `${root}${name}`);
  const summary = parsePanelSummary(json(await summaryEntry.read(), PANEL_FILE));
  if (!summary) throw new ReviewDeskError('panelDirectory/badFile', { file: PANEL_FILE });
  const identityEntry = inRoot(CHAIR_IDENTITY_FILE);
  if (!identityEntry) {
    throw new ReviewDeskError('panelDirectory/missing', { file: CHAIR_IDENTITY_FILE });
  }
  const stateEntries = entries.filter(
    (e) =>
      e.path.startsWith(root) &&
      !e.path.slice(root.length).includes('/') &&
      e.path.endsWith('.rdsync'),
  );
  if (!stateEntries.some((e) => e.path === `${root}${STATE_FILE}`)) {
    throw new ReviewDeskError('panelDirectory/missing', { file: STATE_FILE });
  }
  // panel.rdsync first: it holds the panel's beginning; other files add to it.
  const isState = (e: PickedEntry) => Number(e.path === `${root}${STATE_FILE}`);
  stateEntries.sort((a, b) => isState(b) - isState(a));
  return {
    summary,
    identity: json(await identityEntry.read(), CHAIR_IDENTITY_FILE),
    states: await Promise.all(stateEntries.map((e) => e.read())),
    files: entries.filter(
      (e) => e.path.startsWith(`${root}${FILES_DIR}/`) && /\.pdf$/i.test(e.path),
    ),
  };
}
