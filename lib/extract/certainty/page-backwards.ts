/**
 * A value read from a page whose text came out backwards: a page stored upside down (/Rotate 180
 * over upright content, a scan fed the wrong way) read in the wrong frame, so its lines run from
 * right to left and bottom to top ("页4共页1第", "日01月09年2016", labels after their values).
 * Whatever was read there — a label's neighbour is then the cell on its other side — may belong
 * to another field: the reviewer should read it on the page itself.
 */
import type { CertaintyCheck } from '.';
import { pageSigns } from './page-signs';

/** Evidence pieces looked at (a list quotes a few). */
const MAX_EVIDENCE = 50;

export const pageBackwards: CertaintyCheck = {
  name: 'page-backwards',
  check(_id, fact, _def, ctx) {
    const pages = new Set(fact.evidence.slice(0, MAX_EVIDENCE).map((e) => e.page));
    for (const n of pages) {
      const page = ctx.doc.page(n);
      if (page && pageSigns(page).backwards) return 'pageBackwards';
    }
    return undefined;
  },
};
