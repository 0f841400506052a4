/** Test helpers: a small panel (chair, reviewers, an observer) and replicas joined from invitations. */
import * as Y from 'yjs';
import { isReviewDeskError } from '../../lib/errors';
import type { MemberIdentity } from '../../lib/identity/identity';
import { identityFromInvitation } from '../../lib/identity/identity';
import type { Invitation } from '../../lib/identity/invitation';
import type { ApplicationId } from '../../lib/ids';
import { createPanel } from '../../lib/panel/create';
import { docOf, Panel } from '../../lib/panel/panel';

export const RUBRIC = JSON.stringify({ id: 'test-rubric', criteria: ['c1', 'c2', 'c3'] });

export interface Replica {
  panel: Panel;
  doc: Y.Doc;
  identity: MemberIdentity;
}

export async function makePanel(
  opts: { reviewers?: number; observers?: number; independent?: boolean } = {},
) {
  const members = [
    ...Array.from({ length: opts.reviewers ?? 2 }, (_, i) => ({
      name: `评审${i + 1}`,
      role: 'reviewer' as const,
    })),
    ...Array.from({ length: opts.observers ?? 1 }, (_, i) => ({
      name: `观察员${i + 1}`,
      role: 'observer' as const,
    })),
  ];
  const created = await createPanel({
    name: '测试评审组',
    rubric: { id: 'test-rubric', json: RUBRIC },
    chair: { name: '组长' },
    members,
    settings: { independentScoring: opts.independent ?? true },
    extractable: true,
  });
  const chair: Replica = {
    panel: created.panel,
    doc: docOf(created.panel),
    identity: created.chair,
  };
  const app = chair.panel.addApplication({
    title: '示例申报',
    applicantUnit: '某中学',
    recommendingBody: '某市教育局',
  });
  return { ...created, chairReplica: chair, app };
}

/** A device that opened an invitation and got the chair's state. */
export async function join(invitation: Invitation, from: Y.Doc): Promise<Replica> {
  const identity = await identityFromInvitation(invitation, { extractable: true });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from), 'test-remote');
  const panel = new Panel(doc, identity);
  await panel.settled();
  await panel.ensureDevice();
  await panel.settled();
  return { panel, doc, identity };
}

/** A second device of the same member (same identity, another doc and client id). */
export async function sameMemberDevice(identity: MemberIdentity, from: Y.Doc): Promise<Replica> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from), 'test-remote');
  const panel = new Panel(doc, identity);
  await panel.settled();
  await panel.ensureDevice();
  return { panel, doc, identity };
}

/** Exchange everything both ways, as a relay would. */
export async function syncAll(...replicas: Replica[]) {
  for (const a of replicas) {
    for (const b of replicas) {
      if (a === b) continue;
      const diff = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
      Y.applyUpdate(b.doc, diff, 'test-remote');
    }
  }
  await Promise.all(replicas.map((r) => r.panel.settled()));
}

export function appOf(app: string) {
  return app as ApplicationId;
}

/** The error code a promise is refused with, or 'accepted'. */
export async function refusalCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'accepted';
  } catch (error) {
    return isReviewDeskError(error) ? error.code : String(error);
  }
}
