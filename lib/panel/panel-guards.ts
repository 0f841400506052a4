/**
 * The permission checks every write makes before it touches the document (SPEC D5): the same rules
 * the view applies on read, refused here with a clear error instead of written and ignored.
 */
import { ReviewDeskError } from '../errors';
import { canReview } from '../identity/role';
import type { ApplicationId } from '../ids';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import { member, meta } from './panel-reads';
import type { Application } from './records/application';
import type { Member } from './records/member';
import { submissionOf } from './reviews';

export function requireActive(ctx: PanelContext): Member {
  const me = member(ctx, ctx.identity.memberId);
  if (!me) throw new ReviewDeskError('panel/notMember');
  if (me.removed) throw new ReviewDeskError('panel/removed');
  return me;
}

export function requireReviewer(ctx: PanelContext): Member {
  const me = requireActive(ctx);
  if (!canReview(me.role)) throw new ReviewDeskError('panel/readOnly');
  return me;
}

export function requireChair(ctx: PanelContext): Member {
  const me = requireActive(ctx);
  if (me.role !== 'chair' || meta(ctx)?.chair !== me.id)
    throw new ReviewDeskError('panel/chairOnly');
  return me;
}

/**
 * Independent review (issue: the chair's desk): a reviewer who has not submitted an application
 * sees only their own highlights, notes and threads on it — nobody else's, the chair's included.
 * The chair and observers see everything. (A read rule of the API, not sealing: see SPEC S3.)
 */
export function seesOthersOn(ctx: PanelContext, app: ApplicationId): boolean {
  const role = member(ctx, ctx.identity.memberId)?.role ?? ctx.identity.role;
  if (role !== 'reviewer') return true;
  return submissionOf(ctx.view, app, ctx.identity.memberId) !== null;
}

export function requireApp(ctx: PanelContext, app: ApplicationId): Application {
  const a = ctx.view.winner(keys.app(app))?.value as Application | undefined;
  if (!a) throw new ReviewDeskError('panel/unknownApplication', { id: app });
  return a;
}
