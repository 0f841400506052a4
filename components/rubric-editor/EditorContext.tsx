/**
 * What every part of the editor shares: the DraftStore (the draft, one way to change it at a
 * path, whether it is read-only, the problems anchored at each field). Fields subscribe to just
 * their own value and problems, so typing re-renders one field, not the whole pack.
 */
import { createContext, useContext, useLayoutEffect, useSyncExternalStore } from 'react';
import type { PathSegment } from '@/lib/rubric';
import { getIn } from '@/lib/rubric-library';
import { fieldId, pathKey } from './anchors';
import type { DraftStore } from './draft-store';

export const EditorContext = createContext<DraftStore | null>(null);

export function useEditor(): DraftStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditor outside EditorContext');
  return store;
}

/** The draft's value at `at`, re-rendering only when that value changes. */
export function useValue(at: readonly PathSegment[]): unknown {
  const store = useEditor();
  return useSyncExternalStore(store.subscribe, () => getIn(store.draft, at));
}

/** Registers `at` as a place problems can be shown, and returns what the field needs. */
export function useField(at: readonly PathSegment[]) {
  const store = useEditor();
  const key = pathKey(at);
  const { registry } = store;
  useLayoutEffect(() => {
    registry.add(key);
    return () => registry.remove(key);
  }, [registry, key]);
  const value = useValue(at);
  const problems = useSyncExternalStore(store.subscribe, () => store.problemsAt(key));
  const id = fieldId(key);
  return {
    id,
    anchor: key,
    errorId: `${id}:errors`,
    value,
    problems,
    invalid: problems.length > 0,
    set: (next: unknown) => store.set(at, next),
  };
}

export const asString = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
