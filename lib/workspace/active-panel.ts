/**
 * The panel this device works in now (the one last opened), so captures from a web page, the
 * toolbar popup and the side panel land in the same place; and, per panel, the application the
 * side panel shows. Local settings (Dexie), shared live by every page of the origin.
 */
import type { ApplicationId, PanelId } from '../ids';
import type { ReviewDeskDb } from '../store/db';

const ACTIVE = 'active-panel';
const sideKey = (panel: PanelId) => `side-panel-application:${panel}`;

/** The remembered panel if still joined; else the newest panel that is not a demo; else any. */
export async function activePanel(db: ReviewDeskDb): Promise<PanelId | null> {
  const saved = (await db.settings.get(ACTIVE))?.value;
  if (typeof saved === 'string' && (await db.panels.get(saved as PanelId))) return saved as PanelId;
  const panels = await db.panels.orderBy('joinedAt').reverse().toArray();
  return (panels.find((p) => !p.demo) ?? panels[0])?.id ?? null;
}

export async function setActivePanel(db: ReviewDeskDb, id: PanelId): Promise<void> {
  if ((await db.settings.get(ACTIVE))?.value === id) return;
  await db.settings.put({ key: ACTIVE, value: id });
}

export async function sidePanelApplication(
  db: ReviewDeskDb,
  panel: PanelId,
): Promise<ApplicationId | null> {
  const value = (await db.settings.get(sideKey(panel)))?.value;
  return typeof value === 'string' ? (value as ApplicationId) : null;
}

export async function setSidePanelApplication(
  db: ReviewDeskDb,
  panel: PanelId,
  application: ApplicationId,
): Promise<void> {
  await db.settings.put({ key: sideKey(panel), value: application });
}
