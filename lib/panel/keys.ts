/**
 * Register keys (SPEC D2): flat, composite, one string per register, components URI-encoded so an
 * id can never forge a separator. `parseKey` is the only reader; an unknown shape is invalid.
 */
import type {
  AnnotationId,
  ApplicationId,
  CriterionId,
  FactId,
  FileHash,
  MemberId,
  RuleId,
} from '../ids';
import { type CellField, EVIDENCE_TAG } from './records/review-cell';

export type ParsedKey =
  | { kind: 'meta' }
  | { kind: 'member'; member: MemberId }
  | { kind: 'device'; member: MemberId; fingerprint: string }
  | { kind: 'app'; app: ApplicationId }
  | { kind: 'file'; app: ApplicationId; hash: FileHash }
  | { kind: 'cell'; app: ApplicationId; member: MemberId; field: CellField }
  | { kind: 'submission'; app: ApplicationId; member: MemberId }
  | { kind: 'annotation'; app: ApplicationId; author: MemberId; id: AnnotationId }
  | { kind: 'thread'; app: ApplicationId; author: MemberId; id: string }
  | { kind: 'message'; app: ApplicationId; thread: string; author: MemberId; id: string }
  | { kind: 'decision'; app: ApplicationId }
  | { kind: 'panelFact'; app: ApplicationId; fact: FactId }
  | { kind: 'return'; app: ApplicationId; member: MemberId }
  | { kind: 'panelCa' }
  | { kind: 'certificate'; member: MemberId; fingerprint: string }
  | { kind: 'reviewSignature'; app: ApplicationId; member: MemberId };

const enc = encodeURIComponent;
const ID = /^[A-Za-z0-9_-]{1,80}$/;
const RUBRIC_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const HASH = /^[0-9a-f]{64}$/;
const FP = /^[0-9a-f]{32}$/;

export const keys = {
  meta: () => 'meta',
  member: (m: string) => `m/${enc(m)}`,
  device: (m: string, fp: string) => `k/${enc(m)}/${fp}`,
  app: (a: string) => `a/${enc(a)}`,
  file: (a: string, hash: string) => `f/${enc(a)}/${hash}`,
  cell: (a: string, m: string, field: CellField) => `r/${enc(a)}/${enc(m)}/${fieldPath(field)}`,
  cellPrefix: (a: string, m: string) => `r/${enc(a)}/${enc(m)}/`,
  submission: (a: string, m: string) => `s/${enc(a)}/${enc(m)}`,
  annotation: (a: string, author: string, id: string) => `n/${enc(a)}/${enc(author)}/${enc(id)}`,
  thread: (a: string, author: string, id: string) => `t/${enc(a)}/${enc(author)}/${enc(id)}`,
  message: (a: string, thread: string, author: string, id: string) =>
    `g/${enc(a)}/${enc(thread)}/${enc(author)}/${enc(id)}`,
  decision: (a: string) => `d/${enc(a)}`,
  panelFact: (a: string, fact: string) => `pf/${enc(a)}/${enc(fact)}`,
  reviewReturn: (a: string, m: string) => `x/${enc(a)}/${enc(m)}`,
  panelCa: () => 'ca',
  certificate: (m: string, fp: string) => `c/${enc(m)}/${fp}`,
  reviewSignature: (a: string, m: string) => `rs/${enc(a)}/${enc(m)}`,
};

function fieldPath(field: CellField): string {
  switch (field.type) {
    case 'score':
      return `score/${enc(field.criterion)}`;
    case 'comment':
      return field.criterion === null ? 'comment' : `comment/${enc(field.criterion)}`;
    case 'fact':
      return `fact/${enc(field.fact)}`;
    case 'verdict':
      return `verdict/${enc(field.rule)}`;
    case 'evidence':
      return `ev/${field.tag}`;
    case 'opinion':
      return 'opinion';
  }
}

function dec(part: string | undefined, pattern: RegExp): string | null {
  if (part === undefined) return null;
  try {
    const value = decodeURIComponent(part);
    // Only the canonical encoding is accepted, so one register has exactly one key string.
    return pattern.test(value) && enc(value) === part ? value : null;
  } catch {
    return null;
  }
}

function parseField(parts: string[]): CellField | null {
  const [type, a] = parts;
  if (type === 'opinion' && parts.length === 1) return { type: 'opinion' };
  if (type === 'comment' && parts.length === 1) return { type: 'comment', criterion: null };
  // The evidence tag is checked before the rubric-id branch: a tag may start with a digit, which
  // a rubric id may not, and that branch gives up on anything that is not a rubric id.
  if (type === 'ev' && parts.length === 2) {
    return a !== undefined && EVIDENCE_TAG.test(a) ? { type: 'evidence', tag: a } : null;
  }
  if (parts.length === 2) {
    const id = dec(a, RUBRIC_ID);
    if (id === null) return null;
    if (type === 'score') return { type: 'score', criterion: id as CriterionId };
    if (type === 'comment') return { type: 'comment', criterion: id as CriterionId };
    if (type === 'fact') return { type: 'fact', fact: id as FactId };
    if (type === 'verdict') return { type: 'verdict', rule: id as RuleId };
  }
  return null;
}

export function parseKey(key: string): ParsedKey | null {
  if (key === 'meta') return { kind: 'meta' };
  if (key === 'ca') return { kind: 'panelCa' };
  const [head, ...parts] = key.split('/');
  const id = (i: number) => dec(parts[i], ID);
  switch (head) {
    case 'm': {
      const member = parts.length === 1 ? id(0) : null;
      return member === null ? null : { kind: 'member', member: member as MemberId };
    }
    case 'k':
    case 'c': {
      const member = id(0);
      const fp = parts[1];
      if (parts.length !== 2 || member === null || !fp || !FP.test(fp)) return null;
      return {
        kind: head === 'k' ? 'device' : 'certificate',
        member: member as MemberId,
        fingerprint: fp,
      };
    }
    case 'a': {
      const app = parts.length === 1 ? id(0) : null;
      return app === null ? null : { kind: 'app', app: app as ApplicationId };
    }
    case 'f': {
      const app = id(0);
      const hash = parts[1];
      if (parts.length !== 2 || app === null || !hash || !HASH.test(hash)) return null;
      return { kind: 'file', app: app as ApplicationId, hash: hash as FileHash };
    }
    case 'r': {
      const app = id(0);
      const member = id(1);
      const field = parseField(parts.slice(2));
      if (app === null || member === null || field === null) return null;
      return { kind: 'cell', app: app as ApplicationId, member: member as MemberId, field };
    }
    case 's':
    case 'd': {
      const app = id(0);
      if (app === null) return null;
      if (head === 'd')
        return parts.length === 1 ? { kind: 'decision', app: app as ApplicationId } : null;
      const member = parts.length === 2 ? id(1) : null;
      return member === null
        ? null
        : { kind: 'submission', app: app as ApplicationId, member: member as MemberId };
    }
    case 'n':
    case 't': {
      const [app, author, own] = [id(0), id(1), id(2)];
      if (parts.length !== 3 || app === null || author === null || own === null) return null;
      return head === 'n'
        ? {
            kind: 'annotation',
            app: app as ApplicationId,
            author: author as MemberId,
            id: own as AnnotationId,
          }
        : { kind: 'thread', app: app as ApplicationId, author: author as MemberId, id: own };
    }
    case 'pf': {
      const app = id(0);
      const fact = parts.length === 2 ? dec(parts[1], RUBRIC_ID) : null;
      if (app === null || fact === null) return null;
      return { kind: 'panelFact', app: app as ApplicationId, fact: fact as FactId };
    }
    case 'x':
    case 'rs': {
      const app = id(0);
      const member = parts.length === 2 ? id(1) : null;
      if (app === null || member === null) return null;
      return {
        kind: head === 'x' ? 'return' : 'reviewSignature',
        app: app as ApplicationId,
        member: member as MemberId,
      };
    }
    case 'g': {
      const [app, thread, author, own] = [id(0), id(1), id(2), id(3)];
      if (parts.length !== 4 || app === null || thread === null || author === null || own === null)
        return null;
      return {
        kind: 'message',
        app: app as ApplicationId,
        thread,
        author: author as MemberId,
        id: own,
      };
    }
    default:
      return null;
  }
}

/** The application a key belongs to, for history and per-application indexes. */
