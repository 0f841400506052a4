/**
 * Deleting an application the chair added by mistake (`Panel.removeApplication`: a chair-only
 * register set to null, its history kept). Withdrawing is for real applications that leave the
 * ranking; removing is for a wrong file or a duplicate.
 */
import type { ApplicationId } from '../ids';
import type { Panel } from '../panel/panel';

/** Whether this member may delete applications here: only the chair. */
export function canRemoveApplications(panel: Panel): boolean {
  return panel.me().role === 'chair';
}

export async function removeApplication(panel: Panel, id: ApplicationId): Promise<void> {
  panel.removeApplication(id);
  await panel.settled();
}
