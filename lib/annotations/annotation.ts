/**
 * An annotation on a PDF: the record the viewer draws and the panel CRDT stores. Anchored several
 * ways, all in PDF units (never screen pixels): file hash, 0-based page index, rectangles in PDF
 * user space, the quoted text with some context, and its position in the page's normalised text.
 * Areas and notes that cover no text carry an empty quote and an empty position (0, 0).
 *
 * The shape matches the panel's annotation record (lib/panel); keep them in step.
 */
import { z } from 'zod';
import type { AnnotationId, ApplicationId, FileHash } from '../ids';
import { randomId } from '../ids';

export const ANNOTATION_VERSION = 1;

export const ANNOTATION_KINDS = ['highlight', 'area', 'note'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** `[x0, y0, x1, y1]` in PDF user space (origin bottom-left, y up), x0 ≤ x1 and y0 ≤ y1. */
export const PdfRectSchema = z.tuple([
  z.number().finite(),
  z.number().finite(),
  z.number().finite(),
  z.number().finite(),
]);
export type PdfRect = z.infer<typeof PdfRectSchema>;

export const TextQuoteSchema = z
  .object({
    exact: z.string().max(10_000),
    prefix: z.string().max(1000),
    suffix: z.string().max(1000),
  })
  .strict();
export type TextQuote = z.infer<typeof TextQuoteSchema>;

export const TextPositionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict();
export type TextPosition = z.infer<typeof TextPositionSchema>;

/** Colours offered by the viewer; any `#rrggbb` is accepted from peers. */
export const ANNOTATION_COLORS = ['#ffd54f', '#81c784', '#64b5f6', '#f48fb1', '#ff8a65'] as const;
export const DEFAULT_COLOR = ANNOTATION_COLORS[0];

const ID = /^[A-Za-z0-9_-]{1,80}$/;

/** Strict and bounded: the record crosses trust boundaries (peers, files, the relay). */
export const AnnotationSchema = z
  .object({
    id: z.string().regex(ID),
    applicationId: z.string().regex(ID),
    fileHash: z.string().regex(/^[0-9a-f]{64}$/),
    kind: z.enum(ANNOTATION_KINDS),
    page: z.number().int().nonnegative().max(100_000),
    rects: z.array(PdfRectSchema).max(2000),
    quote: TextQuoteSchema,
    position: TextPositionSchema,
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    tags: z.array(z.string().min(1).max(64)).max(32),
    comment: z.string().max(20_000),
    author: z.string().regex(ID),
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
    deleted: z.boolean(),
  })
  .strict();

export type Annotation = Omit<
  z.infer<typeof AnnotationSchema>,
  'id' | 'applicationId' | 'fileHash'
> & {
  id: AnnotationId;
  applicationId: ApplicationId;
  fileHash: FileHash;
};

/** What a viewer hands over when the user makes an annotation; the store adds the rest. */
export type AnnotationDraft = Pick<
  Annotation,
  'kind' | 'page' | 'rects' | 'quote' | 'position' | 'color' | 'tags' | 'comment'
>;

/** What the user can change after creation. */
export type AnnotationPatch = Partial<Pick<Annotation, 'color' | 'tags' | 'comment' | 'rects'>> &
  Partial<Pick<Annotation, 'page' | 'quote' | 'position'>>;

export const EMPTY_QUOTE: TextQuote = { exact: '', prefix: '', suffix: '' };
export const EMPTY_POSITION: TextPosition = { start: 0, end: 0 };

export function createAnnotation(
  draft: AnnotationDraft,
  owner: { applicationId: ApplicationId; fileHash: FileHash; author: string },
  now = Date.now(),
): Annotation {
  return {
    id: randomId<'AnnotationId'>('an-'),
    applicationId: owner.applicationId,
    fileHash: owner.fileHash,
    author: owner.author,
    createdAt: now,
    updatedAt: now,
    deleted: false,
    ...draft,
  };
}

/** Validate an annotation that crossed a trust boundary (a peer, an import). */
