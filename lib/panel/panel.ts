/**
 * The panel's typed API (the only door to the document): reads are synchronous and validated,
 * writes check permissions first (SPEC D5) and append one entry per register inside one Yjs
 * transaction tagged with the local origin (Y5). Components and the CLI never see Yjs.
 */
import type * as Y from 'yjs';
import { toBase64 } from '../crypto/bytes';
import { importPrivateJwk, sign } from '../crypto/ecdsa';
import { sealJson } from '../crypto/seal';
import { ReviewDeskError } from '../errors';
import type { MemberIdentity } from '../identity/identity';
import { canReview } from '../identity/role';
import type {
  AnnotationId,
  ApplicationId,
  CriterionId,
  FactId,
  FileHash,
  MemberId,
  PanelId,
  RuleId,
} from '../ids';
import { type Entry, signedPayload, versionHash } from './entry';
import { type HistoryItem, readHistory } from './history';
import { keys } from './keys';
import {
  type Annotation,
  type AnnotationDraft,
  type AnnotationPatch,
  createAnnotation,
} from './records/annotation';
import type { AppFile } from './records/app-file';
import { type Application, type ApplicationInput, createApplication } from './records/application';
import type { Decision, DecisionInput } from './records/decision';
import { createDeviceKey } from './records/device-key';
import type { Member } from './records/member';
import { createMessage, type Message, type MessageId } from './records/message';
import type { PanelMeta, PanelSettings } from './records/meta';
import type {
  CellField,
  EvidenceTarget,
  FactConfirmation,
  VerdictOverride,
} from './records/review-cell';
import { cellValueSchema } from './records/review-cell';
import type { Submission } from './records/submission';
import { createThread, type Thread, type ThreadId } from './records/thread';
import {
  KeyRing,
  keyFinder,
  openCell,
  type Review,
  type ReviewFilled,
  readReview,
  reviewCells,
  submissionOf,
  UNREADABLE,
} from './reviews';
import { type ChangeOrigin, PanelView, type Problem, type ViewVersion } from './view';

export const LOCAL_ORIGIN = Symbol('review-desk:local');
export const IMPORT_ORIGIN = Symbol('review-desk:import');
export const LOAD_ORIGIN = Symbol('review-desk:load');

export type { ChangeOrigin, Problem };
export interface PanelChange {
  origin: ChangeOrigin;
  version: number;
}

export interface ApplicationView extends Application {
  files: AppFile[];
}

export interface ReviewerProgress {
  reviewer: MemberId;
  name: string;
  status: 'draft' | 'submitted';
  submittedAt: number | null;
  filled: ReviewFilled;
}

export interface ThreadView extends Thread {
  messages: Message[];
}

function classify(origin: unknown): ChangeOrigin {
  if (origin === LOCAL_ORIGIN) return 'local';
  if (origin === IMPORT_ORIGIN) return 'import';
  if (origin === LOAD_ORIGIN) return 'load';
  return 'remote';
}

/** What lib/sync and persistence need behind the API (never for components). */
export interface PanelInternals {
  doc: Y.Doc;
  identity: MemberIdentity;
  view: PanelView;
}
const internals = new WeakMap<Panel, PanelInternals>();
export function internalsOf(panel: Panel): PanelInternals {
  return internals.get(panel)!;
}
export function docOf(panel: Panel): Y.Doc {
  return internalsOf(panel).doc;
}

export class Panel {
  readonly id: PanelId;
  private readonly view: PanelView;
  private readonly ring: KeyRing;
  private readonly listeners = new Set<(change: PanelChange) => void>();
  private signedQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly doc: Y.Doc,
    private readonly identity: MemberIdentity,
  ) {
    this.id = identity.panelId;
    this.ring = new KeyRing(identity);
    this.view = new PanelView(doc, identity.panelId, classify, (origin) => {
      const change = { origin, version: this.view.version() };
      for (const l of this.listeners) l(change);
    });
    internals.set(this, { doc, identity, view: this.view });
  }

  // ---- subscription ----

  subscribe(listener: (change: PanelChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Cheap and monotonic, for useSyncExternalStore. */
  version(): number {
    return this.view.version();
  }

  /** Resolves when every signature check and signed write started so far is done. */
  async settled(): Promise<void> {
    await this.signedQueue.catch(() => undefined);
    await this.view.settled();
  }

  problems(): { list: Problem[]; count: number } {
    return this.view.problems();
  }

  // ---- reads ----

  meta(): PanelMeta | null {
    return this.view.meta();
  }

  /** The rubric pack snapshot, parsed from its JSON text (validation is lib/rubric's job). */
  rubric(): unknown {
    const text = this.meta()?.rubric;
    if (!text) return null;
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  members(): Member[] {
    const out: Member[] = [];
    for (const key of this.view.keysWithPrefix('m/')) {
      const v = this.view.winner(key);
      if (v) out.push(v.value as Member);
    }
    return out.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
  }

  member(id: MemberId): Member | null {
    return (this.view.winner(keys.member(id))?.value as Member | undefined) ?? null;
  }

  me(): { id: MemberId; name: string; role: Member['role']; member: Member | null } {
    const member = this.member(this.identity.memberId);
    return {
      id: this.identity.memberId,
      name: member?.name ?? this.identity.name,
      role: member?.role ?? this.identity.role,
      member,
    };
  }

  applications(): ApplicationView[] {
    const out: ApplicationView[] = [];
    for (const key of this.view.keysWithPrefix('a/')) {
      const v = this.view.winner(key);
      if (v) out.push(this.withFiles(v.value as Application));
    }
    return out.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
  }

  application(id: ApplicationId): ApplicationView | null {
    const app = this.view.winner(keys.app(id))?.value as Application | undefined;
    return app ? this.withFiles(app) : null;
  }

  private withFiles(app: Application): ApplicationView {
    const files: AppFile[] = [];
    for (const key of this.view.keysOfApp(app.id)) {
      if (!key.startsWith('f/')) continue;
      const f = this.view.winner(key)?.value as AppFile | null | undefined;
      if (f) files.push(f);
    }
    return { ...app, files: files.sort((a, b) => (a.name < b.name ? -1 : 1)) };
  }

  review(app: ApplicationId, reviewer: MemberId): Review {
    return readReview(this.view, this.ring, this.identity, app, reviewer);
  }

  myReview(app: ApplicationId): Review {
    return this.review(app, this.identity.memberId);
  }

  /** Who reviews this application and how far they are; values only through review() (SPEC S3). */
  progress(app: ApplicationId): ReviewerProgress[] {
    return this.members()
      .filter((m) => !m.removed && canReview(m.role))
      .map((m) => {
        const r = this.review(app, m.id);
        return {
          reviewer: m.id,
          name: m.name,
          status: r.status,
          submittedAt: r.submittedAt,
          filled: r.filled,
        };
      });
  }

  annotations(app: ApplicationId): Annotation[] {
    const out: Annotation[] = [];
    for (const key of this.view.keysOfApp(app)) {
      if (!key.startsWith('n/')) continue;
      const a = this.view.winner(key)?.value as Annotation | undefined;
      if (a && !a.deleted) out.push(a);
    }
    return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  history(app: ApplicationId): HistoryItem[] {
    return readHistory(this.view, app, (v) => this.readVersion(v));
  }

  threads(app: ApplicationId): ThreadView[] {
    const threads = new Map<string, ThreadView>();
    const messages: Message[] = [];
    for (const key of this.view.keysOfApp(app)) {
      const value = this.view.winner(key)?.value;
      if (key.startsWith('t/') && value)
        threads.set((value as Thread).id, { ...(value as Thread), messages: [] });
      if (key.startsWith('g/') && value && !(value as Message).deleted)
        messages.push(value as Message);
    }
    for (const m of messages.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))) {
      threads.get(m.threadId)?.messages.push(m);
    }
    return [...threads.values()].sort(
      (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
    );
  }

  decisions(): Record<ApplicationId, Decision> {
    const out: Record<string, Decision> = {};
    for (const key of this.view.keysWithPrefix('d/')) {
      const v = this.view.winner(key);
      if (v && v.parsed.kind === 'decision') out[v.parsed.app] = v.value as Decision;
    }
    return out;
  }

  /** A version's value for this viewer, or UNREADABLE (history, snapshots). */
  private readVersion(v: ViewVersion): unknown {
    if (v.parsed.kind !== 'cell') return v.value;
    const { app, member } = v.parsed;
    const r = this.review(app, member);
    if (!r.visible) return v.entry.x === undefined && v.value === null ? null : UNREADABLE;
    return openCell(v, keyFinder(this.view, this.ring, this.identity, app, member));
  }

  /**
   * A viewer-independent canonical picture of the whole panel (register → winning entry hash,
   * problems count): equal on every converged replica (SPEC Y1). For tests and diagnostics.
   */
  canonicalState(): Record<string, string | null> {
    const out: Record<string, string | null> = {};
    for (const key of this.view.allKeys().sort()) {
      const w = this.view.winner(key);
      out[key] = w ? versionHash(w) : null;
    }
    return out;
  }

  // ---- permission helpers ----

  private requireActive(): Member {
    const me = this.member(this.identity.memberId);
    if (!me) throw new ReviewDeskError('panel/notMember');
    if (me.removed) throw new ReviewDeskError('panel/removed');
    return me;
  }

  private requireReviewer(): Member {
    const me = this.requireActive();
    if (!canReview(me.role)) throw new ReviewDeskError('panel/readOnly');
    return me;
  }

  private requireChair(): Member {
    const me = this.requireActive();
    if (me.role !== 'chair' || this.meta()?.chair !== me.id)
      throw new ReviewDeskError('panel/chairOnly');
    return me;
  }

  private requireApp(app: ApplicationId): Application {
    const a = this.view.winner(keys.app(app))?.value as Application | undefined;
    if (!a) throw new ReviewDeskError('panel/unknownApplication', { id: app });
    return a;
  }

  // ---- writes ----

  /** Several writes as one user action: one transaction, one persisted batch. */
  batch(fn: () => void): void {
    this.doc.transact(fn, LOCAL_ORIGIN);
  }

  private nextSeq(key: string): number {
    let max = 0;
    for (const v of this.view.versions(key)) max = Math.max(max, v.entry.s);
    // Also count versions that are not (yet) valid, so a local write never ties with them.
    return Math.max(max, this.view.maxSeqAny(key)) + 1;
  }

  private append(entry: Entry) {
    this.doc.transact(() => this.view.log.push([entry]), LOCAL_ORIGIN);
  }

  private baseEntry(key: string): Omit<Entry, 'v' | 'x'> {
    return {
      k: key,
      s: this.nextSeq(key),
      d: this.doc.clientID,
      by: this.identity.memberId,
      at: Date.now(),
    };
  }

  private writePlain(key: string, value: unknown) {
    this.append({ ...this.baseEntry(key), v: value });
  }

  private async writeSigned(key: string, value: unknown, signer: CryptoKey, fingerprint: string) {
    const run = async () => {
      const base = { ...this.baseEntry(key), v: value };
      const sig = await sign(signer, signedPayload(this.id, base));
      // Re-check the sequence after the await: a write to the same key may have landed meanwhile.
      if (this.nextSeq(key) !== base.s) return this.writeSigned(key, value, signer, fingerprint);
      this.append({ ...base, sig, sk: fingerprint });
    };
    const p = this.signedQueue.then(run, run);
    this.signedQueue = p.catch(() => undefined);
    await p;
    // Own signed entries count only once verified like anyone else's (SPEC D6).
    await this.view.settled();
  }

  private writeCell(app: ApplicationId, field: CellField, value: unknown) {
    this.requireReviewer();
    this.requireApp(app);
    if (submissionOf(this.view, app, this.identity.memberId)) {
      throw new ReviewDeskError('panel/reviewSubmitted');
    }
    if (value !== null && !cellValueSchema(field).safeParse(value).success) {
      throw new ReviewDeskError('panel/invalidValue', { field: field.type });
    }
    const key = keys.cell(app, this.identity.memberId, field);
    const sealed = (this.meta()?.settings.independentScoring ?? true) && value !== null;
    if (!sealed) return this.writePlain(key, value);
    this.append({ ...this.baseEntry(key), x: sealJson(this.ring.ownKey(app), key, value) });
  }

  setScore(app: ApplicationId, criterion: CriterionId, score: number | null): void {
    this.writeCell(app, { type: 'score', criterion }, score);
  }

  setComment(app: ApplicationId, criterion: CriterionId | null, text: string): void {
    this.writeCell(app, { type: 'comment', criterion }, text === '' ? null : text);
  }

  setFact(app: ApplicationId, fact: FactId, confirmation: FactConfirmation | null): void {
    this.writeCell(app, { type: 'fact', fact }, confirmation);
  }

  setVerdict(app: ApplicationId, rule: RuleId, override: VerdictOverride | null): void {
    this.writeCell(app, { type: 'verdict', rule }, override);
  }

  setOpinion(app: ApplicationId, text: string): void {
    this.writeCell(app, { type: 'opinion' }, text === '' ? null : text);
  }

  linkEvidence(app: ApplicationId, target: EvidenceTarget, annotation: AnnotationId): void {
    this.writeCell(app, { type: 'evidence', target, annotation }, true);
  }

  unlinkEvidence(app: ApplicationId, target: EvidenceTarget, annotation: AnnotationId): void {
    this.writeCell(app, { type: 'evidence', target, annotation }, null);
  }

  /** SPEC S2: reveal the application key and sign the manifest of what counts. */
  async submitReview(app: ApplicationId): Promise<void> {
    this.requireReviewer();
    this.requireApp(app);
    const me = this.identity.memberId;
    if (submissionOf(this.view, app, me)) throw new ReviewDeskError('panel/reviewSubmitted');
    const own = this.review(app, me);
    if (own.unreadable > 0) throw new ReviewDeskError('panel/sealedElsewhere');
    const manifest: Record<string, string> = {};
    for (const v of reviewCells(this.view, app, me, null)) manifest[v.entry.k] = versionHash(v);
    const submission: Submission = {
      at: Date.now(),
      keys: { [this.ring.ownKid(app)]: toBase64(this.ring.ownKey(app)) },
      manifest,
    };
    await this.ensureDevice();
    await this.writeSigned(
      keys.submission(app, me),
      submission,
      this.identity.signing.privateKey,
      this.identity.signing.fingerprint,
    );
  }

  addApplication(input: ApplicationInput): ApplicationId {
    const me = this.requireChair();
    const app = createApplication(input, me.id);
    if (this.view.winner(keys.app(app.id)))
      throw new ReviewDeskError('panel/duplicateApplication', { id: app.id });
    this.writePlain(keys.app(app.id), app);
    return app.id;
  }

  updateApplication(id: ApplicationId, patch: Partial<ApplicationInput>): void {
    this.requireChair();
    const app = this.requireApp(id);
    this.writePlain(keys.app(id), { ...app, ...patch, id });
  }

  addFile(app: ApplicationId, file: AppFile): void {
    this.requireChair();
    this.requireApp(app);
    this.writePlain(keys.file(app, file.hash), file);
  }

  removeFile(app: ApplicationId, hash: FileHash): void {
    this.requireChair();
    this.writePlain(keys.file(app, hash), null);
  }

  addAnnotation(app: ApplicationId, fileHash: FileHash, draft: AnnotationDraft): AnnotationId {
    this.requireReviewer();
    this.requireApp(app);
    const a = createAnnotation(draft, {
      applicationId: app,
      fileHash,
      author: this.identity.memberId,
    });
    this.writePlain(keys.annotation(app, this.identity.memberId, a.id), a);
    return a.id;
  }

  updateAnnotation(app: ApplicationId, id: AnnotationId, patch: AnnotationPatch): void {
    this.requireReviewer();
    const key = keys.annotation(app, this.identity.memberId, id);
    const current = this.view.winner(key)?.value as Annotation | undefined;
    if (!current) throw new ReviewDeskError('panel/notYourAnnotation');
    this.writePlain(key, { ...current, ...patch, id, updatedAt: Date.now() });
  }

  removeAnnotation(app: ApplicationId, id: AnnotationId): void {
    this.updateAnnotationDeleted(app, id);
  }

  private updateAnnotationDeleted(app: ApplicationId, id: AnnotationId) {
    this.requireReviewer();
    const key = keys.annotation(app, this.identity.memberId, id);
    const current = this.view.winner(key)?.value as Annotation | undefined;
    if (!current) throw new ReviewDeskError('panel/notYourAnnotation');
    this.writePlain(key, { ...current, deleted: true, updatedAt: Date.now() });
  }

  createThread(app: ApplicationId, title: string, subject: string | null = null): ThreadId {
    this.requireReviewer();
    this.requireApp(app);
    const t = createThread(app, title, subject, this.identity.memberId);
    this.writePlain(keys.thread(app, t.createdBy, t.id), t);
    return t.id;
  }

  postMessage(app: ApplicationId, thread: ThreadId, text: string): MessageId {
    this.requireReviewer();
    if (!this.threads(app).some((t) => t.id === thread))
      throw new ReviewDeskError('panel/unknownThread');
    const m = createMessage(thread, this.identity.memberId, text);
    this.writePlain(keys.message(app, thread, m.author, m.id), m);
    return m.id;
  }

  // ---- chair's signed writes ----

  private chairSigner() {
    this.requireChair();
    return { key: this.identity.signing.privateKey, fp: this.identity.signing.fingerprint };
  }

  async decide(app: ApplicationId, input: DecisionInput): Promise<void> {
    const s = this.chairSigner();
    this.requireApp(app);
    const decision: Decision = {
      decision: input.decision,
      rank: input.rank ?? null,
      note: input.note ?? '',
      by: this.identity.memberId,
      at: Date.now(),
    };
    await this.writeSigned(keys.decision(app), decision, s.key, s.fp);
  }

  /** The first transaction of a new panel (create.ts): signed meta and members, all at once. */
  async writeGenesis(meta: PanelMeta, members: Member[]): Promise<void> {
    if (this.identity.role !== 'chair' || this.meta()) throw new ReviewDeskError('panel/chairOnly');
    const { privateKey, fingerprint } = this.identity.signing;
    const records: [string, unknown][] = [
      [keys.meta(), meta],
      ...members.map((m) => [keys.member(m.id), m] as [string, unknown]),
    ];
    const entries: Entry[] = [];
    for (const [key, value] of records) {
      const base = { ...this.baseEntry(key), v: value };
      entries.push({
        ...base,
        sig: await sign(privateKey, signedPayload(this.id, base)),
        sk: fingerprint,
      });
    }
    this.doc.transact(() => this.view.log.push(entries), LOCAL_ORIGIN);
    await this.view.settled();
  }

  async putMember(member: Member): Promise<void> {
    const s = this.chairSigner();
    await this.writeSigned(keys.member(member.id), member, s.key, s.fp);
  }

  async removeMember(id: MemberId): Promise<void> {
    const s = this.chairSigner();
    const m = this.member(id);
    if (!m) throw new ReviewDeskError('panel/unknownMember', { id });
    if (m.role === 'chair') throw new ReviewDeskError('panel/cannotRemoveChair');
    await this.writeSigned(keys.member(id), { ...m, removed: true }, s.key, s.fp);
  }

  async updateSettings(patch: Partial<PanelSettings>): Promise<void> {
    const s = this.chairSigner();
    const meta = this.meta()!;
    await this.writeSigned(
      keys.meta(),
      { ...meta, settings: { ...meta.settings, ...patch } },
      s.key,
      s.fp,
    );
  }

  /**
   * SPEC I3: register this device's key with the invitation key, once. The chair signs with the
   * chair key and needs no registration. Returns whether an entry was written.
   */
  async ensureDevice(): Promise<boolean> {
    const me = this.identity;
    if (me.role === 'chair' || !me.inviteKey) return false;
    await this.view.settled();
    if (this.view.deviceKey(me.memberId, me.signing.fingerprint)) return false;
    const invite = await importPrivateJwk(me.inviteKey, false);
    await this.writeSigned(
      keys.device(me.memberId, me.signing.fingerprint),
      createDeviceKey(me.memberId, me.signing.publicJwk),
      invite.privateKey,
      invite.fingerprint,
    );
    return true;
  }

  destroy(): void {
    this.listeners.clear();
  }
}
