/**
 * Annotations (`n/<app>/<author>/<id>`): the record is lib/annotations' (one shape for the viewer
 * and the panel). Here: the panel's extra rule that the author in the record is the writer and the
 * key's author, so nobody edits someone else's annotation (SPEC D5).
 */
import { AnnotationSchema } from '../../annotations/annotation';

export {
  type Annotation,
  type AnnotationDraft,
  type AnnotationPatch,
  createAnnotation,
} from '../../annotations/annotation';

export const annotationSchema = AnnotationSchema;
