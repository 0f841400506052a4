/**
 * The editor's state for one pack, outside React so that a keystroke re-renders only the fields
 * whose value or problems changed (a pack has hundreds of fields): the saved pack, the draft
 * being edited (any JSON), the raw text of the JSON tab, validation on every change, where each
 * problem is shown, saving (only when valid) and the draft kept in the library as it is typed.
 */
import {
  isBuiltinPackId,
  type PathSegment,
  type Problem,
  parseRubricPack,
  type RubricPack,
} from '@/lib/rubric';
import {
  discardDraft,
  getIn,
  type JsonSyntaxError,
  parseJsonText,
  saveDraft,
  savePack,
  setIn,
} from '@/lib/rubric-library';
import { AnchorRegistry, assignProblems } from './anchors';

const DRAFT_DELAY_MS = 400;
const NONE: readonly Problem[] = [];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const signature = (list: readonly Problem[]) =>
  list.map((p) => `${p.path}|${p.code}|${JSON.stringify(p.params)}`).join('\n');

export interface Restored {
  draft: unknown;
  jsonText?: string | undefined;
  savedAt: number;
}

export class DraftStore {
  readonly registry = new AnchorRegistry();
  draft: unknown;
  jsonText: string | null = null;
  saved: RubricPack;
  readonly readOnly: boolean;
  restoredAt: number | null = null;
  saving = false;
  saveError: unknown = null;
  problems: Problem[] = [];
  jsonError: JsonSyntaxError | null = null;
  dirty = false;
  version = 0;
  private saveProblems: Problem[] = [];
  private anchored = new Map<string, readonly Problem[]>();
  private listeners = new Set<() => void>();
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private reassignQueued = false;
  private stopRegistry: () => void;

  constructor(saved: RubricPack, restored?: Restored) {
    this.saved = saved;
    this.readOnly = isBuiltinPackId(saved.id);
    this.draft = restored ? restored.draft : saved;
    if (restored) {
      this.jsonText = restored.jsonText ?? null;
      this.restoredAt = restored.savedAt;
    }
    this.recompute();
    // Fields come and go in batches (a section renders hundreds): place problems once per batch.
    this.stopRegistry = this.registry.subscribe(() => {
      if (this.reassignQueued) return;
      this.reassignQueued = true;
      queueMicrotask(() => {
        this.reassignQueued = false;
        this.reassign();
        this.emit();
      });
    });
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  get = (at: readonly PathSegment[]): unknown => getIn(this.draft, at);

  problemsAt = (key: string): readonly Problem[] => this.anchored.get(key) ?? NONE;

  /** How many problems lie at or under the path with this key (a folded item's badge). */
  countUnder = (key: string): number =>
    this.problems.filter(
      (p) => p.path === key || p.path.startsWith(`${key}.`) || p.path.startsWith(`${key}[`),
    ).length;

  set = (at: readonly PathSegment[], value: unknown) => this.edit((d) => setIn(d, at, value));

  edit = (change: (draft: unknown) => unknown) => {
    if (this.readOnly) return;
    this.draft = change(this.draft);
    this.jsonText = null;
    this.changed();
  };

  editJson = (text: string) => {
    if (this.readOnly) return;
    this.jsonText = text;
    const parsed = parseJsonText(text);
    if (parsed.ok) this.draft = parsed.value;
    this.changed();
  };

  resetJson = () => {
    this.jsonText = null;
    this.changed();
  };

  discard = () => {
    this.draft = this.saved;
    this.jsonText = null;
    this.restoredAt = null;
    this.changed();
  };

  get canSave(): boolean {
    return (
      this.dirty &&
      !this.readOnly &&
      !this.saving &&
      this.problems.length === 0 &&
      this.jsonError === null
    );
  }

  /** Saves when valid; returns the saved pack's id (it changes when the id was edited) or null. */
  save = async (): Promise<string | null> => {
    if (!this.canSave) return null;
    const previousId = this.saved.id;
    // A draft written while saving would outlive the save (and reappear as "unsaved changes").
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    this.saving = true;
    this.saveError = null;
    this.emit();
    try {
      const result = await savePack(this.draft, { previousId });
      if (!result.ok) {
        this.saveProblems = result.problems;
        return null;
      }
      this.saved = result.pack;
      this.draft = result.pack;
      this.jsonText = null;
      this.restoredAt = null;
      return result.pack.id;
    } catch (error) {
      this.saveError = error;
      return null;
    } finally {
      this.saving = false;
      this.recompute();
      this.emit();
      if (this.dirty) this.scheduleDraft();
    }
  };

  /** Writes a pending draft at once (leaving the page) and stops listening. */
  dispose() {
    this.stopRegistry();
    if (this.draftTimer !== undefined) {
      clearTimeout(this.draftTimer);
      this.writeDraft();
    }
  }

  private changed() {
    this.saveProblems = [];
    this.recompute();
    this.emit();
    if (!this.readOnly && !this.saving) this.scheduleDraft();
  }

  private scheduleDraft() {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => {
      this.draftTimer = undefined;
      this.writeDraft();
    }, DRAFT_DELAY_MS);
  }

  private writeDraft() {
    const id = this.saved.id;
    const pending = this.dirty
      ? saveDraft(id, {
          value: this.draft,
          baseRevision: this.saved.revision,
          ...(this.jsonError && this.jsonText !== null ? { jsonText: this.jsonText } : {}),
        })
      : discardDraft(id);
    pending.catch((error: unknown) => {
      this.saveError = error;
      this.emit();
    });
  }

  private recompute() {
    const json = this.jsonText === null ? null : parseJsonText(this.jsonText);
    this.jsonError = json && !json.ok ? json.error : null;
    const result = parseRubricPack(this.draft);
    const found = result.ok ? [] : [...result.problems];
    const id = (this.draft as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && isBuiltinPackId(id) && !this.readOnly) {
      found.push({ path: '$.id', at: ['id'], code: 'builtinId', params: { id } });
    }
    this.problems = [...found, ...this.saveProblems];
    this.dirty = this.jsonError !== null || !same(this.draft, this.saved);
    this.reassign();
  }

  /** Problems per anchor; an unchanged list keeps its identity, so its field does not re-render. */
  private reassign() {
    const { at } = assignProblems(this.problems, (k) => this.registry.has(k));
    const next = new Map<string, readonly Problem[]>();
    for (const [key, list] of at) {
      const before = this.anchored.get(key);
      next.set(key, before && signature(before) === signature(list) ? before : list);
    }
    this.anchored = next;
  }

  private emit() {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
