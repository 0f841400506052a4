/**
 * Deleting a mistaken application waits for `Panel.removeApplication` (lib/panel): without it the
 * app does not offer deleting; with it, only the chair may, and the call goes through.
 */
import { describe, expect, it, vi } from 'vitest';
import { ReviewDeskError } from '../../lib/errors';
import type { Panel } from '../../lib/panel/panel';
import { canRemoveApplications, removeApplication } from '../../lib/workspace/remove-application';
import { makePanel } from '../panel/helpers';

describe('removing an application', () => {
  it('is offered only where the panel can do it, and only to the chair', async () => {
    const { panel, app } = await makePanel();
    const withRemove = (p: Panel) => {
      const removeApplication = vi.fn();
      Object.assign(p, { removeApplication });
      return removeApplication;
    };
    if (!('removeApplication' in panel)) {
      expect(canRemoveApplications(panel)).toBe(false);
      await expect(removeApplication(panel, app)).rejects.toBeInstanceOf(ReviewDeskError);
    }
    const spy = withRemove(panel);
    expect(canRemoveApplications(panel)).toBe(true);
    await removeApplication(panel, app);
    expect(spy).toHaveBeenCalledWith(app);
    // A reviewer never gets the button.
    vi.spyOn(panel, 'me').mockReturnValue({ ...panel.me(), role: 'reviewer' });
    expect(canRemoveApplications(panel)).toBe(false);
  });
});
