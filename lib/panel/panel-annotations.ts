/**
 * Annotations on an application's PDFs: the live ones for reading, and their author's writes
 * (SPEC D5: only one's own). Nothing is deleted (D1): removing writes a version marked deleted.
 */
import { ReviewDeskError } from '../errors';
import type { AnnotationId, ApplicationId, FileHash } from '../ids';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { requireApp, requireReviewer, seesOthersOn } from './panel-guards';
import { writePlain } from './panel-log';
import {
  type Annotation,
  type AnnotationDraft,
  type AnnotationPatch,
  createAnnotation,
} from './records/annotation';

export function annotations(ctx: PanelContext, app: ApplicationId): Annotation[] {
  const out: Annotation[] = [];
  const others = seesOthersOn(ctx, app);
  for (const key of ctx.view.keysOfApp(app)) {
    if (!key.startsWith('n/')) continue;
    const a = ctx.view.winner(key)?.value as Annotation | undefined;
    if (a && !a.deleted && (others || a.author === ctx.identity.memberId)) out.push(a);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export function addAnnotation(
  ctx: PanelContext,
  app: ApplicationId,
  fileHash: FileHash,
  draft: AnnotationDraft,
): AnnotationId {
  requireReviewer(ctx);
  requireApp(ctx, app);
  const a = createAnnotation(draft, {
    applicationId: app,
    fileHash,
    author: ctx.identity.memberId,
  });
  writePlain(ctx, keys.annotation(app, ctx.identity.memberId, a.id), a);
  return a.id;
}

export function updateAnnotation(
  ctx: PanelContext,
  app: ApplicationId,
  id: AnnotationId,
  patch: AnnotationPatch,
): void {
  requireReviewer(ctx);
  const key = keys.annotation(app, ctx.identity.memberId, id);
  const current = ctx.view.winner(key)?.value as Annotation | undefined;
  if (!current) throw new ReviewDeskError('panel/notYourAnnotation');
  writePlain(ctx, key, { ...current, ...patch, id, updatedAt: Date.now() });
}

export function removeAnnotation(ctx: PanelContext, app: ApplicationId, id: AnnotationId): void {
  requireReviewer(ctx);
  const key = keys.annotation(app, ctx.identity.memberId, id);
  const current = ctx.view.winner(key)?.value as Annotation | undefined;
  if (!current) throw new ReviewDeskError('panel/notYourAnnotation');
  writePlain(ctx, key, { ...current, deleted: true, updatedAt: Date.now() });
}
