/**
 * Where each problem is shown. Every field and group of the editor registers the JSON path it
 * edits; a problem is shown at the longest registered path that starts its own `at` (a bad
 * `bound.min` at the min field, an impossible range at the bound group, an unknown key at the
 * object holding it), so every problem has a place, down to the page itself (the empty path).
 */
import { formatPath, type PathSegment, type Problem } from '@/lib/rubric';

export const pathKey = (at: readonly PathSegment[]) => formatPath(at);

/** The DOM id of the element that edits `at` (ids may hold any character but spaces). */
export const fieldId = (key: string) => `field:${key}`;

export class AnchorRegistry {
  private counts = new Map<string, number>();
  private listeners = new Set<() => void>();
  version = 0;

  has(key: string): boolean {
    return this.counts.has(key);
  }

  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.counts.get(key) === 1) this.changed();
  }

  remove(key: string): void {
    const n = (this.counts.get(key) ?? 0) - 1;
    if (n > 0) this.counts.set(key, n);
    else if (this.counts.delete(key)) this.changed();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.version;

  private changed() {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/** The anchor (a registered path key) of each problem, and the problems at each anchor. */
export function assignProblems(
  problems: readonly Problem[],
  has: (key: string) => boolean,
): { anchorOf: Map<Problem, string>; at: Map<string, Problem[]> } {
  const anchorOf = new Map<Problem, string>();
  const at = new Map<string, Problem[]>();
  for (const p of problems) {
    let key = pathKey([]);
    for (let n = p.at.length; n > 0; n--) {
      const candidate = pathKey(p.at.slice(0, n));
      if (has(candidate)) {
        key = candidate;
        break;
      }
    }
    anchorOf.set(p, key);
    at.set(key, [...(at.get(key) ?? []), p]);
  }
  return { anchorOf, at };
}

/** Bring the element editing `key` into view and focus it, opening any closed section on the way. */
export function focusAnchor(key: string): void {
  const element = document.getElementById(fieldId(key));
  if (!element) return;
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
  const target = element.matches('input, select, textarea, button')
    ? element
    : (element.querySelector<HTMLElement>('input, select, textarea') ?? element);
  target.scrollIntoView({ block: 'center' });
  target.focus();
}
