/**
 * Deleting an application the chair added by mistake. The panel's API gains the write
 * (`Panel.removeApplication`, a chair-only register set to null, history kept) in lib/panel;
 * until a build has it, the app does not offer deleting, rather than offer and fail.
 */
import { ReviewDeskError } from '../errors';
import type { ApplicationId } from '../ids';
import type { Panel } from '../panel/panel';

interface RemovingPanel {
  removeApplication(id: ApplicationId): void | Promise<void>;
}

function remover(panel: Panel): RemovingPanel | null {
  const candidate = panel as unknown as Partial<RemovingPanel>;
  return typeof candidate.removeApplication === 'function' ? (candidate as RemovingPanel) : null;
}

/** Whether this member may delete applications here: the chair, on a build that can. */
export function canRemoveApplications(panel: Panel): boolean {
  return remover(panel) !== null && panel.me().role === 'chair';
}

export async function removeApplication(panel: Panel, id: ApplicationId): Promise<void> {
  const target = remover(panel);
  if (!target) throw new ReviewDeskError('intake/removeUnavailable');
  await target.removeApplication(id);
}
