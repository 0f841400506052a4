/**
 * The chair's plain writes to the list of applications and their files (SPEC D5): unsigned, since
 * the view counts them only when written by the chair named in the signed meta.
 */
import { ReviewDeskError } from '../errors';
import type { ApplicationId, FileHash } from '../ids';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { requireApp, requireChair } from './panel-guards';
import { writePlain } from './panel-log';
import type { AppFile } from './records/app-file';
import { type ApplicationInput, createApplication } from './records/application';

export function addApplication(ctx: PanelContext, input: ApplicationInput): ApplicationId {
  const me = requireChair(ctx);
  const app = createApplication(input, me.id);
  if (ctx.view.winner(keys.app(app.id)))
    throw new ReviewDeskError('panel/duplicateApplication', { id: app.id });
  writePlain(ctx, keys.app(app.id), app);
  return app.id;
}

export function updateApplication(
  ctx: PanelContext,
  id: ApplicationId,
  patch: Partial<ApplicationInput>,
): void {
  requireChair(ctx);
  const app = requireApp(ctx, id);
  writePlain(ctx, keys.app(id), { ...app, ...patch, id });
}

export function addFile(ctx: PanelContext, app: ApplicationId, file: AppFile): void {
  requireChair(ctx);
  requireApp(ctx, app);
  writePlain(ctx, keys.file(app, file.hash), file);
}

/**
 * The chair removes an application added by mistake: its register holds `null` from now on, the
 * earlier versions stay in the history (SPEC D1). Withdrawing (below) is for real applications.
 */
export function removeApplication(ctx: PanelContext, id: ApplicationId): void {
  requireChair(ctx);
  requireApp(ctx, id);
  writePlain(ctx, keys.app(id), null);
}

/**
 * The chair withdraws an application (it stays, with its history, out of the ranking) or takes
 * the withdrawal back (`reason` null).
 */
export function withdrawApplication(
  ctx: PanelContext,
  id: ApplicationId,
  reason: string | null,
): void {
  requireChair(ctx);
  const app = requireApp(ctx, id);
  writePlain(ctx, keys.app(id), {
    ...app,
    withdrawn: reason === null ? null : { at: Date.now(), reason },
  });
}

/** A removed file's register holds `null`; earlier versions stay in the history (SPEC D1). */
export function removeFile(ctx: PanelContext, app: ApplicationId, hash: FileHash): void {
  requireChair(ctx);
  writePlain(ctx, keys.file(app, hash), null);
}
