/**
 * A value read from a voided draft: the file holds the form twice, a first filling struck out
 * ("此页为初稿，已作废，以后附正式稿为准", a 作废 stamp) and the copy that counts after it. The
 * draft's values differ from the final ones here and there (a count, a name, a row removed), so a
 * value whose evidence stands on the draft's pages and whose quote the final copy does not write
 * (its lines one after another) may be the one the applicant corrected: the reviewer should read
 * it from the final copy. A quote the final copy writes as well says what the final copy says
 * (compared without the form's labels and punctuation, which a wrapped cell sets elsewhere in
 * the line).
 */
import { normalizeNoSpace } from '../../pdf/normalize';
import type { DocumentLayout } from '../../pdf/structure/document';
import type { CertaintyCheck, CheckContext } from '.';
import { withoutLabels } from './value-text';

/**
 * A statement that the page or copy is void: 已作废, 此稿作废, (此|本)(页|稿|表)…作废, 作废…以…为准.
 * A rule about documents in general ("涂改作废") names no page and is not one.
 */
const VOID =
  /已作废|[此本该](?:页|稿|表|份|件)[^。；]{0,16}作废|作废[^。；]{0,16}以[^。；]{0,16}为准|作废稿/u;

/** A draft named as one (a title's （初稿）, 草稿). */
const DRAFT = /初稿|草稿|作废/u;

/** Pages read of each page's text: a stamp or note stands within the page's first characters. */
const MAX_PAGE_TEXT = 20_000;

interface Draft {
  first: number;
  last: number;
  /** The final copy's text (the pages after the draft), without white space or labels. */
  final: string;
}

/** Text as compared: no labels, no white space, no punctuation (a wrapped label's "/"). */
function bare(text: string, ctx: CheckContext): string {
  return withoutLabels(text, ctx).replace(/\p{P}+/gu, '');
}

/** The final copy is compared up to this many characters (a form is a few pages). */
const MAX_FINAL = 200_000;

const cache = new WeakMap<DocumentLayout, Draft | null>();

/**
 * The pages of the voided draft, first to last, when the file goes on after them (the final
 * copy); null when no page says it is void.
 */
export function draftPages(doc: DocumentLayout, ctx: CheckContext): Draft | null {
  const known = cache.get(doc);
  if (known !== undefined) return known;
  // Pages compared by their place in reading order (page-order.ts).
  const texts = doc.pages.map((p) => ({
    page: doc.position(p.page),
    text: normalizeNoSpace(p.text.slice(0, MAX_PAGE_TEXT)),
  }));
  const voids = texts.filter((t) => VOID.test(t.text));
  let range: Draft | null = null;
  const last = voids.at(-1)?.page;
  if (last !== undefined && texts.some((t) => t.page > last && t.text.length > 0)) {
    let first = last;
    for (const t of texts) {
      if (t.page < last && DRAFT.test(t.text)) {
        first = t.page;
        break;
      }
    }
    const final = texts
      .filter((t) => t.page > last)
      .map((t) => t.text)
      .join('')
      .slice(0, MAX_FINAL);
    range = { first, last, final: bare(final, ctx) };
  }
  cache.set(doc, range);
  return range;
}

export const voidedDraft: CertaintyCheck = {
  name: 'voided-draft',
  check(_id, fact, _def, ctx) {
    const draft = draftPages(ctx.doc, ctx);
    if (!draft) return undefined;
    const unconfirmed = fact.evidence.some((e) => {
      const at = ctx.doc.position(e.page);
      if (at < draft.first || at > draft.last) return false;
      const quote = bare(normalizeNoSpace(e.quote.slice(0, MAX_PAGE_TEXT)), ctx);
      return quote.length > 0 && !draft.final.includes(quote);
    });
    return unconfirmed ? 'voidedDraft' : undefined;
  },
};
