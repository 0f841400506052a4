/**
 * Steps of work a reader may take on one page. An ordinary form's page takes thousands; a hostile
 * page (100,000 rulings, 10,000 items on one line) would take hours through the same loops, and
 * is no form of what the reader looks for: past its budget the reader gives the page back as it
 * found it. Counting steps, not time, so a page is read alike on a busy machine and a quiet one.
 */
export class WorkBudget {
  private left: number;

  constructor(steps: number) {
    this.left = steps;
  }

  /** Spends `steps`; false once the budget is gone. */
  spend(steps = 1): boolean {
    this.left -= steps;
    return this.left >= 0;
  }

  /** Spends `steps`, throwing OutOfWork once the budget is gone: for loops nested deep. */
  charge(steps = 1): void {
    if (!this.spend(steps)) throw new OutOfWork();
  }
}

export class OutOfWork extends Error {
  constructor() {
    super('past the page’s work budget');
  }
}

/** `work()`, or `fallback` when it ran out of budget (any other error is thrown on). */
export function withinBudget<T>(work: () => T, fallback: T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof OutOfWork) return fallback;
    throw e;
  }
}
