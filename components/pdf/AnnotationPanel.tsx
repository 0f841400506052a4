/**
 * The file's annotations as a list (click to go there) and an editor for the selected one:
 * colour, tags, comment, evidence links to rubric criteria and facts, delete. Text from the PDF
 * and from peers is rendered as text, never as HTML.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANNOTATION_COLORS,
  type Annotation,
  type AnnotationPatch,
} from '@/lib/annotations/annotation';
import type { EvidenceLink, EvidenceTarget } from '@/lib/annotations/store';
import { EvidenceChooser } from './EvidenceChooser';

export function ColorPicker(props: {
  value: string;
  onChange(color: string): void;
  label: string;
}) {
  return (
    <fieldset className="pdf-colors">
      <legend className="visually-hidden">{props.label}</legend>
      {ANNOTATION_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={c === props.value ? 'swatch selected' : 'swatch'}
          style={{ background: c }}
          aria-label={c}
          aria-pressed={c === props.value}
          onClick={() => props.onChange(c)}
        />
      ))}
    </fieldset>
  );
}

/** Someone else's annotation: shown, not editable. */
function ReadOnly({ annotation: a, author }: { annotation: Annotation; author: string }) {
  const { t } = useTranslation('viewer');
  return (
    <div className="pdf-editor" data-testid="annotation-readonly">
      <p className="muted">{t('byAuthor', { author })}</p>
      {a.comment && <p className="pdf-comment">{a.comment}</p>}
      {a.tags.length > 0 && (
        <ul className="pdf-tags">
          {a.tags.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Editor(props: {
  annotation: Annotation;
  evidence: readonly EvidenceLink[];
  targets: readonly EvidenceTarget[];
  onUpdate(id: string, patch: AnnotationPatch): void;
  onDelete(id: string): void;
  onLinkEvidence?(annotationId: string, target: EvidenceTarget, linked: boolean): void;
}) {
  const { annotation: a, evidence, targets, onUpdate, onDelete, onLinkEvidence } = props;
  const { t } = useTranslation('viewer');
  const [comment, setComment] = useState(a.comment);
  const [tag, setTag] = useState('');
  useEffect(() => setComment(a.comment), [a.comment]);
  const addTag = () => {
    const value = tag.trim();
    if (value && !a.tags.includes(value)) onUpdate(a.id, { tags: [...a.tags, value] });
    setTag('');
  };
  const linked = (target: EvidenceTarget) =>
    evidence.some((e) => e.annotationId === a.id && e.kind === target.kind && e.id === target.id);
  return (
    <div className="pdf-editor" data-testid="annotation-editor">
      <ColorPicker
        value={a.color}
        label={t('color')}
        onChange={(color) => onUpdate(a.id, { color })}
      />
      <label className="pdf-field">
        <span>{t('comment')}</span>
        <textarea
          value={comment}
          rows={3}
          data-testid="annotation-comment"
          onChange={(e) => setComment(e.target.value)}
          onBlur={() => comment !== a.comment && onUpdate(a.id, { comment })}
        />
      </label>
      <div className="pdf-field">
        <span>{t('tags')}</span>
        <ul className="pdf-tags">
          {a.tags.map((x) => (
            <li key={x}>
              {x}
              <button
                type="button"
                className="link-button"
                aria-label={t('removeTag', { tag: x })}
                onClick={() => onUpdate(a.id, { tags: a.tags.filter((y) => y !== x) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          value={tag}
          placeholder={t('addTag')}
          aria-label={t('addTag')}
          onChange={(e) => setTag(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addTag();
            }
          }}
          onBlur={addTag}
        />
      </div>
      {targets.length > 0 && onLinkEvidence && (
        <EvidenceChooser
          targets={targets}
          isLinked={linked}
          onChange={(target, on) => onLinkEvidence(a.id, target, on)}
        />
      )}
      <button type="button" className="danger" onClick={() => onDelete(a.id)}>
        {t('delete')}
      </button>
    </div>
  );
}

export function AnnotationPanel(props: {
  annotations: readonly Annotation[];
  orphaned: ReadonlySet<string>;
  evidence: readonly EvidenceLink[];
  targets: readonly EvidenceTarget[];
  selectedId: string | null;
  canEdit(annotation: Annotation): boolean;
  authorName(author: string): string;
  onSelect(annotation: Annotation): void;
  onUpdate(id: string, patch: AnnotationPatch): void;
  onDelete(id: string): void;
  onLinkEvidence?(annotationId: string, target: EvidenceTarget, linked: boolean): void;
}) {
  const { annotations, orphaned, selectedId, onSelect } = props;
  const { t } = useTranslation('viewer');
  const sorted = [...annotations].sort((a, b) => a.page - b.page || a.createdAt - b.createdAt);
  if (sorted.length === 0) return <p className="muted">{t('noAnnotations')}</p>;
  return (
    <ul className="pdf-annotation-list" data-testid="annotation-list">
      {sorted.map((a) => (
        <li key={a.id} className={a.id === selectedId ? 'selected' : undefined}>
          <button
            type="button"
            className="pdf-annotation-item"
            data-kind={a.kind}
            onClick={() => onSelect(a)}
          >
            <span className="swatch" style={{ background: a.color }} aria-hidden="true" />
            <span className="kind">{t(`kinds.${a.kind}`)}</span>
            <span className="page">{t('pageShort', { page: a.page + 1 })}</span>
            {orphaned.has(a.id) && <span className="badge">{t('orphaned')}</span>}
            <span className="excerpt">{a.quote.exact || a.comment || '—'}</span>
          </button>
          {a.id === selectedId && !props.canEdit(a) && (
            <ReadOnly annotation={a} author={props.authorName(a.author)} />
          )}
          {a.id === selectedId && props.canEdit(a) && (
            <Editor
              annotation={a}
              evidence={props.evidence}
              targets={props.targets}
              onUpdate={props.onUpdate}
              onDelete={props.onDelete}
              onLinkEvidence={props.onLinkEvidence}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
