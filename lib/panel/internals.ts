/**
 * The registry of what lib/sync and persistence need behind a Panel's API (the Y.Doc, the identity,
 * the view): kept outside the class so components, which only hold a Panel, never reach the doc.
 */
import type * as Y from 'yjs';
import type { MemberIdentity } from '../identity/identity';
import type { Panel } from './panel';
import type { PanelView } from './view';

/** What lib/sync and persistence need behind the API (never for components). */
export interface PanelInternals {
  doc: Y.Doc;
  identity: MemberIdentity;
  view: PanelView;
}

const internals = new WeakMap<Panel, PanelInternals>();

/** Called once, by the Panel's constructor. */
export function registerInternals(panel: Panel, value: PanelInternals): void {
  internals.set(panel, value);
}

export function internalsOf(panel: Panel): PanelInternals {
  return internals.get(panel)!;
}

export function docOf(panel: Panel): Y.Doc {
  return internalsOf(panel).doc;
}
