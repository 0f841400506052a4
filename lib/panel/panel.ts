/**
 * The panel's typed API (the only door to the document): reads are synchronous and validated,
 * writes check permissions first (SPEC D5) and append one entry per register inside one Yjs
 * transaction tagged with the local origin (Y5). Components and the CLI never see Yjs.
 *
 * This file is the class shell: construction, subscription and the public methods, each handing
 * over to the module that does the job (panel-reads, panel-review-reads, panel-annotations,
 * panel-threads, panel-review-writes, panel-application-writes, panel-chair-writes, panel-device;
 * panel-log and panel-guards underneath). They share one PanelContext.
 */
import type * as Y from 'yjs';
import type { MemberIdentity } from '../identity/identity';
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
import type { HistoryItem } from './history';
import { registerInternals } from './internals';
import { classifyOrigin } from './origins';
import * as annotations from './panel-annotations';
import * as applicationWrites from './panel-application-writes';
import * as chairWrites from './panel-chair-writes';
import type { PanelContext } from './panel-context';
import * as device from './panel-device';
import * as log from './panel-log';
import type { ApplicationView } from './panel-reads';
import * as reads from './panel-reads';
import type { ReviewerProgress } from './panel-review-reads';
import * as reviewReads from './panel-review-reads';
import * as reviewWrites from './panel-review-writes';
import type { ThreadView } from './panel-threads';
import * as threads from './panel-threads';
import type { Annotation, AnnotationDraft, AnnotationPatch } from './records/annotation';
import type { AppFile } from './records/app-file';
import type { ApplicationInput } from './records/application';
import type { Decision, DecisionInput } from './records/decision';
import type { Member } from './records/member';
import type { MessageId } from './records/message';
import type { PanelMeta, PanelSettings } from './records/meta';
import type { PanelFact } from './records/panel-fact';
import type { EvidenceTarget, FactConfirmation, VerdictOverride } from './records/review-cell';
import type { ThreadId } from './records/thread';
import { KeyRing, type Review } from './reviews';
import { type ChangeOrigin, PanelView, type Problem } from './view';

export { docOf, internalsOf, type PanelInternals } from './internals';
export { IMPORT_ORIGIN, LOAD_ORIGIN, LOCAL_ORIGIN } from './origins';
export type { ApplicationView } from './panel-reads';
export type { ReviewerProgress } from './panel-review-reads';
export type { ThreadView } from './panel-threads';
export type { ChangeOrigin, Problem };

export interface PanelChange {
  origin: ChangeOrigin;
  version: number;
}

export class Panel {
  readonly id: PanelId;
  private readonly ctx: PanelContext;
  private readonly listeners = new Set<(change: PanelChange) => void>();

  constructor(doc: Y.Doc, identity: MemberIdentity) {
    this.id = identity.panelId;
    const view = new PanelView(doc, identity.panelId, classifyOrigin, (origin) => {
      const change = { origin, version: this.ctx.view.version() };
      for (const l of this.listeners) l(change);
    });
    this.ctx = {
      id: this.id,
      doc,
      identity,
      view,
      ring: new KeyRing(identity),
      session: null,
      pending: null,
      signedQueue: Promise.resolve(),
    };
    registerInternals(this, { doc, identity, view });
  }

  // ---- subscription ----

  subscribe(listener: (change: PanelChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Cheap and monotonic, for useSyncExternalStore. */
  version(): number {
    return this.ctx.view.version();
  }

  /** Resolves when every signature check and signed write started so far is done. */
  async settled(): Promise<void> {
    await this.ctx.view.settled();
    await this.ctx.signedQueue.catch(() => undefined);
    await this.ctx.view.settled();
  }

  problems(): { list: Problem[]; count: number } {
    return this.ctx.view.problems();
  }

  // ---- reads ----

  meta(): PanelMeta | null {
    return reads.meta(this.ctx);
  }

  /** The rubric pack snapshot, parsed from its JSON text (validation is lib/rubric's job). */
  rubric(): unknown {
    return reads.rubric(this.ctx);
  }

  members(): Member[] {
    return reads.members(this.ctx);
  }

  member(id: MemberId): Member | null {
    return reads.member(this.ctx, id);
  }

  me(): { id: MemberId; name: string; role: Member['role']; member: Member | null } {
    return reads.me(this.ctx);
  }

  applications(): ApplicationView[] {
    return reads.applications(this.ctx);
  }

  application(id: ApplicationId): ApplicationView | null {
    return reads.application(this.ctx, id);
  }

  review(app: ApplicationId, reviewer: MemberId): Review {
    return reviewReads.review(this.ctx, app, reviewer);
  }

  myReview(app: ApplicationId): Review {
    return reviewReads.review(this.ctx, app, this.ctx.identity.memberId);
  }

  /** Who reviews this application and how far they are; values only through review() (SPEC S3). */
  progress(app: ApplicationId): ReviewerProgress[] {
    return reviewReads.progress(this.ctx, app);
  }

  annotations(app: ApplicationId): Annotation[] {
    return annotations.annotations(this.ctx, app);
  }

  history(app: ApplicationId): HistoryItem[] {
    return reviewReads.history(this.ctx, app);
  }

  threads(app: ApplicationId): ThreadView[] {
    return threads.threads(this.ctx, app);
  }

  decisions(): Record<ApplicationId, Decision> {
    return reads.decisions(this.ctx);
  }

  /** The facts the chair settled for an application, by fact id. */
  panelFacts(app: ApplicationId): Record<string, PanelFact> {
    return reads.panelFacts(this.ctx, app);
  }

  /**
   * A viewer-independent canonical picture of the whole panel (register → winning position):
   * equal on every converged replica (SPEC Y1). For tests and diagnostics.
   */
  canonicalState(): Record<string, string | null> {
    return reads.canonicalState(this.ctx);
  }

  // ---- writes ----

  /** Several writes as one user action: one transaction, one persisted batch. */
  batch(fn: () => void): void {
    log.batch(this.ctx, fn);
  }

  setScore(app: ApplicationId, criterion: CriterionId, score: number | null): void {
    reviewWrites.setScore(this.ctx, app, criterion, score);
  }

  setComment(app: ApplicationId, criterion: CriterionId | null, text: string): void {
    reviewWrites.setComment(this.ctx, app, criterion, text);
  }

  setFact(app: ApplicationId, fact: FactId, confirmation: FactConfirmation | null): void {
    reviewWrites.setFact(this.ctx, app, fact, confirmation);
  }

  setVerdict(app: ApplicationId, rule: RuleId, override: VerdictOverride | null): void {
    reviewWrites.setVerdict(this.ctx, app, rule, override);
  }

  setOpinion(app: ApplicationId, text: string): void {
    reviewWrites.setOpinion(this.ctx, app, text);
  }

  linkEvidence(app: ApplicationId, target: EvidenceTarget, annotation: AnnotationId): void {
    reviewWrites.linkEvidence(this.ctx, app, target, annotation);
  }

  unlinkEvidence(app: ApplicationId, target: EvidenceTarget, annotation: AnnotationId): void {
    reviewWrites.unlinkEvidence(this.ctx, app, target, annotation);
  }

  /** SPEC S2: reveal the application key and sign the manifest of what counts. */
  submitReview(app: ApplicationId): Promise<void> {
    return reviewWrites.submitReview(this.ctx, app);
  }

  addApplication(input: ApplicationInput): ApplicationId {
    return applicationWrites.addApplication(this.ctx, input);
  }

  updateApplication(id: ApplicationId, patch: Partial<ApplicationInput>): void {
    applicationWrites.updateApplication(this.ctx, id, patch);
  }

  addFile(app: ApplicationId, file: AppFile): void {
    applicationWrites.addFile(this.ctx, app, file);
  }

  removeFile(app: ApplicationId, hash: FileHash): void {
    applicationWrites.removeFile(this.ctx, app, hash);
  }

  addAnnotation(app: ApplicationId, fileHash: FileHash, draft: AnnotationDraft): AnnotationId {
    return annotations.addAnnotation(this.ctx, app, fileHash, draft);
  }

  updateAnnotation(app: ApplicationId, id: AnnotationId, patch: AnnotationPatch): void {
    annotations.updateAnnotation(this.ctx, app, id, patch);
  }

  removeAnnotation(app: ApplicationId, id: AnnotationId): void {
    annotations.removeAnnotation(this.ctx, app, id);
  }

  createThread(app: ApplicationId, title: string, subject: string | null = null): ThreadId {
    return threads.createThread(this.ctx, app, title, subject);
  }

  postMessage(app: ApplicationId, thread: ThreadId, text: string): MessageId {
    return threads.postMessage(this.ctx, app, thread, text);
  }

  // ---- chair's signed writes ----

  decide(app: ApplicationId, input: DecisionInput): Promise<void> {
    return chairWrites.decide(this.ctx, app, input);
  }

  /** The chair settles a disputed fact for the panel's result. */
  settleFact(app: ApplicationId, fact: FactId, value: unknown, reason: string): Promise<void> {
    return chairWrites.settleFact(this.ctx, app, fact, value, reason);
  }

  /** SPEC S8: the chair returns a submitted review to its reviewer, with a reason. */
  returnReview(app: ApplicationId, reviewer: MemberId, reason: string): Promise<void> {
    return chairWrites.returnReview(this.ctx, app, reviewer, reason);
  }

  /** The chair removes an application added by mistake (history kept). */
  removeApplication(app: ApplicationId): void {
    applicationWrites.removeApplication(this.ctx, app);
  }

  /** The chair withdraws an application (kept, out of the ranking); `null` takes it back. */
  withdrawApplication(app: ApplicationId, reason: string | null): void {
    applicationWrites.withdrawApplication(this.ctx, app, reason);
  }

  /** The first transaction of a new panel (create.ts): signed meta and members, all at once. */
  writeGenesis(meta: PanelMeta, members: Member[]): Promise<void> {
    return chairWrites.writeGenesis(this.ctx, meta, members);
  }

  putMember(member: Member): Promise<void> {
    return chairWrites.putMember(this.ctx, member);
  }

  removeMember(id: MemberId): Promise<void> {
    return chairWrites.removeMember(this.ctx, id);
  }

  /** SPEC M3: tokens issued to this member before now are refused by relays from now on. */
  raiseTokenEpoch(id: MemberId): Promise<number> {
    return chairWrites.raiseTokenEpoch(this.ctx, id);
  }

  updateSettings(patch: Partial<PanelSettings>): Promise<void> {
    return chairWrites.updateSettings(this.ctx, patch);
  }

  /**
   * SPEC A3, A5: start this device's writing session and register its key with the invitation
   * key, once (the chair signs with the chair key and needs no registration). Writes before this
   * has resolved throw `panel/notReady`. Returns whether an entry was written.
   */
  ensureDevice(): Promise<boolean> {
    return device.ensureDevice(this.ctx);
  }

  /** True once this device can write (its session is ready). */
  canWrite(): boolean {
    return this.ctx.session !== null;
  }

  destroy(): void {
    this.listeners.clear();
  }
}
