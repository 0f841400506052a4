/**
 * The Panel's plain reads: meta and rubric, members, applications with their files, decisions, and
 * the canonical state. Synchronous, over the view's winners, which are already validated and
 * permitted (SPEC D4–D6); nothing here is sealed, so nothing depends on the viewer's keys.
 */
import type { ApplicationId, MemberId } from '../ids';
import { keys } from './keys';
import type { PanelContext } from './panel-context';
import type { AppFile } from './records/app-file';
import type { Application } from './records/application';
import type { Decision } from './records/decision';
import type { Member } from './records/member';
import type { PanelMeta } from './records/meta';
import type { PanelFact } from './records/panel-fact';

export interface ApplicationView extends Application {
  files: AppFile[];
}

export function meta(ctx: PanelContext): PanelMeta | null {
  return ctx.view.meta();
}

/** The rubric pack snapshot, parsed from its JSON text (validation is lib/rubric's job). */
export function rubric(ctx: PanelContext): unknown {
  const text = meta(ctx)?.rubric;
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Members are the chair-signed records, wherever they were found (SPEC A5). */
export function members(ctx: PanelContext): Member[] {
  return ctx.view.allMembers().sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
}

export function member(ctx: PanelContext, id: MemberId): Member | null {
  return ctx.view.memberRecord(id);
}

export function me(ctx: PanelContext): {
  id: MemberId;
  name: string;
  role: Member['role'];
  member: Member | null;
} {
  const record = member(ctx, ctx.identity.memberId);
  return {
    id: ctx.identity.memberId,
    name: record?.name ?? ctx.identity.name,
    role: record?.role ?? ctx.identity.role,
    member: record,
  };
}

export function applications(ctx: PanelContext): ApplicationView[] {
  const out: ApplicationView[] = [];
  for (const key of ctx.view.keysWithPrefix('a/')) {
    const v = ctx.view.winner(key);
    if (v?.value) out.push(withFiles(ctx, v.value as Application));
  }
  return out.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
}

export function application(ctx: PanelContext, id: ApplicationId): ApplicationView | null {
  const app = ctx.view.winner(keys.app(id))?.value as Application | undefined;
  return app ? withFiles(ctx, app) : null;
}

function withFiles(ctx: PanelContext, app: Application): ApplicationView {
  const files: AppFile[] = [];
  for (const key of ctx.view.keysOfApp(app.id)) {
    if (!key.startsWith('f/')) continue;
    const f = ctx.view.winner(key)?.value as AppFile | null | undefined;
    if (f) files.push(f);
  }
  return { ...app, files: files.sort((a, b) => (a.name < b.name ? -1 : 1)) };
}

export function decisions(ctx: PanelContext): Record<ApplicationId, Decision> {
  const out: Record<string, Decision> = {};
  for (const key of ctx.view.keysWithPrefix('d/')) {
    const v = ctx.view.winner(key);
    if (v && v.parsed.kind === 'decision') out[v.parsed.app] = v.value as Decision;
  }
  return out;
}

export function panelFacts(ctx: PanelContext, app: ApplicationId): Record<string, PanelFact> {
  const out: Record<string, PanelFact> = {};
  for (const key of ctx.view.keysOfApp(app)) {
    if (!key.startsWith('pf/')) continue;
    const f = ctx.view.winner(key)?.value as PanelFact | undefined;
    if (f) out[f.fact] = f;
  }
  return out;
}

/**
 * A viewer-independent canonical picture of the whole panel (register → winning position):
 * equal on every converged replica (SPEC Y1). For tests and diagnostics.
 */
export function canonicalState(ctx: PanelContext): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const key of ctx.view.allKeys().sort()) {
    const w = ctx.view.winner(key);
    out[key] = w ? w.pos : null;
  }
  return out;
}
