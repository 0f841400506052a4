/**
 * Functions the extension runs inside a web page (`scripting.executeScript`, isolated world),
 * with the access the user granted for that tab (activeTab) or origin. The browser sends each
 * function's source text, so each must be self-contained: no imports, no outer variables, plain
 * serialisable arguments and results. Their results are validated on receipt (page-scan.ts, tabs.ts).
 */

/** The links of this frame, with their text and the table row or list item around them. */
export function scanFrame() {
  const clip = (value: string | null | undefined, max: number) =>
    (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
  const textOf = (el: Element) => clip((el as HTMLElement).innerText ?? el.textContent, 500);
  const keys = new Map<Element, string>();
  const keyOf = (el: Element) => {
    let key = keys.get(el);
    if (key === undefined) {
      key = String(keys.size + 1);
      keys.set(el, key);
    }
    return key;
  };
  const headersOf = (tr: HTMLTableRowElement) => {
    const table = tr.closest('table');
    if (!table) return [];
    const head =
      table.tHead?.rows[0] ??
      Array.from(table.rows).find((r) => r.querySelector('th') && !r.querySelector('td'));
    if (!head || head === tr) return [];
    return Array.from(head.cells)
      .slice(0, 60)
      .map((c) => clip(c.textContent, 200));
  };
  const links = [];
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href], area[href]'))) {
    if (links.length >= 5000) break;
    const url = a.href;
    if (!/^https?:/i.test(url) || url.length > 8000) continue;
    const tr = a.closest('tr');
    const li = tr ? null : a.closest('li');
    const row = tr
      ? {
          key: keyOf(tr),
          cells: Array.from(tr.cells)
            .slice(0, 60)
            .map((c) => textOf(c)),
          headers: headersOf(tr),
        }
      : li
        ? { key: keyOf(li), cells: [textOf(li)], headers: [] }
        : null;
    const image = a.querySelector('img');
    links.push({
      url,
      text: textOf(a) || clip(a.getAttribute('aria-label') ?? image?.alt, 500),
      title: clip(a.getAttribute('title'), 500),
      download: clip(a.getAttribute('download'), 500),
      type: clip(a.getAttribute('type'), 100),
      row,
    });
  }
  return {
    url: location.href.slice(0, 8000),
    title: clip(document.title, 500),
    contentType: clip(document.contentType, 200),
    links,
  };
}

/**
 * Fetch `url` as this page would (its cookies, its session) and hand the bytes back in base64
 * chunks: results travel as JSON, and one message must stay small. The bytes wait in the isolated
 * world under `token` between calls; `offset < 0` releases them.
 */
export async function fetchInPage(
  url: string,
  token: string,
  offset: number,
  chunkBytes: number,
  maxBytes: number,
) {
  type Entry = { bytes: Uint8Array; contentType: string; disposition: string };
  const scope = globalThis as unknown as {
    __reviewDeskFetches?: Map<string, Entry>;
    content?: { fetch?: typeof fetch };
  };
  scope.__reviewDeskFetches ??= new Map();
  const store = scope.__reviewDeskFetches;
  if (offset < 0) {
    store.delete(token);
    return { kind: 'released' as const };
  }
  let entry = store.get(token);
  if (!entry) {
    let response: Response;
    try {
      // Firefox: `content.fetch` makes the request as the page itself, not as the extension.
      const pageFetch = scope.content?.fetch ? scope.content.fetch.bind(scope.content) : fetch;
      response = await pageFetch(url, { credentials: 'include', redirect: 'follow' });
    } catch (error) {
      return { kind: 'network' as const, message: String(error).slice(0, 300) };
    }
    if (!response.ok) return { kind: 'http' as const, status: response.status };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) return { kind: 'tooLarge' as const, size: declared };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) return { kind: 'tooLarge' as const, size: bytes.byteLength };
    entry = {
      bytes,
      contentType: (response.headers.get('content-type') ?? '').slice(0, 200),
      disposition: (response.headers.get('content-disposition') ?? '').slice(0, 1000),
    };
    store.set(token, entry);
  }
  const slice = entry.bytes.subarray(offset, offset + chunkBytes);
  let binary = '';
  for (let i = 0; i < slice.length; i += 0x8000) {
    binary += String.fromCharCode(...slice.subarray(i, i + 0x8000));
  }
  const end = offset + slice.length >= entry.bytes.byteLength;
  if (end) store.delete(token);
  return {
    kind: 'ok' as const,
    size: entry.bytes.byteLength,
    contentType: entry.contentType,
    disposition: entry.disposition,
    chunk: btoa(binary),
    end,
  };
}
