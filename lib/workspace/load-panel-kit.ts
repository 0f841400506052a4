/**
 * Loads lib/workspace/panel-kit.ts on first use. Kept apart from the kit: a static import of this
 * module must not bring the kit into the first load.
 */
export type PanelKit = typeof import('./panel-kit');

let loading: Promise<PanelKit> | null = null;

/** The kit, loaded once per page (in Node, where nothing is split, it is simply imported). */
export function loadPanelKit(): Promise<PanelKit> {
  loading ??= import('./panel-kit');
  return loading;
}
