/**
 * Immutable edits at a JSON path (the `at` segments lib/rubric gives each problem), so the editor
 * can change one field of a pack and keep every untouched part identical. The value edited may be
 * any JSON (the raw JSON tab can make it so): a missing or mistyped parent is replaced by an
 * object or array as the next segment needs, and nothing else is lost.
 */
import type { PathSegment } from '../rubric';

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

export function getIn(root: unknown, at: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of at) {
    if (!isContainer(value)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function copyOf(value: unknown, next: PathSegment): Container {
  if (typeof next === 'number') return Array.isArray(value) ? [...value] : [];
  return isContainer(value) && !Array.isArray(value) ? { ...value } : {};
}

/** A copy of `root` with `value` at `at`; `undefined` removes an object key. */
export function setIn(root: unknown, at: readonly PathSegment[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at as [PathSegment, ...PathSegment[]];
  const copy = copyOf(root, head) as Record<string | number, unknown>;
  const child = setIn(copy[head], rest, value);
  if (child === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = child;
  return copy;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Change the list at `at` with `edit` (which gets a copy); a non-list is treated as empty. */
export function updateList(
  root: unknown,
  at: readonly PathSegment[],
  edit: (items: unknown[]) => unknown[],
): unknown {
  return setIn(root, at, edit([...asArray(getIn(root, at))]));
}

export function appendIn(root: unknown, at: readonly PathSegment[], item: unknown): unknown {
  return updateList(root, at, (items) => [...items, item]);
}

export function removeIn(root: unknown, at: readonly PathSegment[], index: number): unknown {
  return updateList(root, at, (items) => items.filter((_, i) => i !== index));
}

/** Move item `from` one place up (`by` -1) or down (+1); out of range does nothing. */
export function moveIn(
  root: unknown,
  at: readonly PathSegment[],
  from: number,
  by: -1 | 1,
): unknown {
  return updateList(root, at, (items) => {
    const to = from + by;
    if (from < 0 || from >= items.length || to < 0 || to >= items.length) return items;
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item);
    return items;
  });
}
