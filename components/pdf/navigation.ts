/**
 * The latest navigation wins. A jump to a search hit or an evidence quote first reads the page's
 * text (asynchronous, slow on a loaded machine) and only then scrolls; if the reader has moved in
 * the meantime — typed a page number, pressed Home, asked for another hit — the late scroll would
 * pull them away from where they went. Each navigation takes a ticket; a pending jump scrolls
 * only while its ticket is still the newest.
 */
export class LatestNavigation {
  private newest = 0;

  /** A ticket for a navigation that will scroll later. */
  claim(): number {
    this.newest += 1;
    return this.newest;
  }

  /** Whether a navigation holding `ticket` may still scroll (nothing was asked for after it). */
  isCurrent(ticket: number): boolean {
    return ticket === this.newest;
  }
}
