/**
 * A list in the pack (facts, rules, clauses, bands, columns…): add, remove and, where order
 * matters, move items. Long items fold into <details> whose summary counts their problems. A new
 * item is opened and its first field focused, so adding works from the keyboard.
 */
import { memo, type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '@/lib/rubric';
import { appendIn, moveIn, removeIn } from '@/lib/rubric-library';
import { focusAnchor, pathKey } from './anchors';
import { asArray, useEditor, useField } from './EditorContext';
import { FieldProblems } from './FieldShell';

interface ListProps {
  at: readonly PathSegment[];
  legend: string;
  addLabel: string;
  newItem: () => unknown;
  /** One line naming an item (pack text, shown as text). */
  summary?: (item: unknown, index: number) => string;
  ordered?: boolean;
  collapsible?: boolean;
  children: (itemAt: PathSegment[], item: unknown, index: number) => ReactNode;
}

export function ListEditor({
  at,
  legend,
  addLabel,
  newItem,
  summary,
  ordered,
  collapsible,
  children,
}: ListProps) {
  const { t } = useTranslation('rubricEditor');
  const api = useEditor();
  const list = useField(at);
  const items = asArray(list.value);
  const [focusNext, setFocusNext] = useState<number | null>(null);
  useEffect(() => {
    if (focusNext === null) return;
    focusAnchor(pathKey([...at, focusNext]));
    setFocusNext(null);
  }, [focusNext, at]);
  return (
    <fieldset id={list.id} tabIndex={-1} className={list.invalid ? 'list group-invalid' : 'list'}>
      <legend>{legend}</legend>
      <FieldProblems id={list.errorId} problems={list.problems} />
      {items.length === 0 ? <p className="muted">{t('list.empty')}</p> : null}
      {items.map((item, i) => (
        <ListItem
          // Index keys: an edited item is a new object, and must keep its inputs (and focus).
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          at={[...at, i]}
          index={i}
          count={items.length}
          title={summary ? summary(item, i) : t('list.item', { n: i + 1 })}
          ordered={ordered}
          collapsible={collapsible}
          onRemove={() => api.edit((d) => removeIn(d, at, i))}
          onMove={(by) => api.edit((d) => moveIn(d, at, i, by))}
        >
          <ItemBody at={at} index={i} item={item} render={children} />
        </ListItem>
      ))}
      <button
        type="button"
        className="add-button"
        onClick={() => {
          api.edit((d) => appendIn(d, at, newItem()));
          setFocusNext(items.length);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

interface BodyProps {
  at: readonly PathSegment[];
  index: number;
  item: unknown;
  render: ListProps['children'];
}

/**
 * An item's fields, rendered again only when the item itself changed (edits keep untouched
 * items identical), so typing in one rule does not re-render every other rule.
 */
const ItemBody = memo(
  function ItemBody({ at, index, item, render }: BodyProps) {
    return <>{render([...at, index], item, index)}</>;
  },
  (a, b) => a.item === b.item && a.index === b.index && a.at.join('/') === b.at.join('/'),
);

interface ItemProps {
  at: PathSegment[];
  index: number;
  count: number;
  title: string;
  ordered: boolean | undefined;
  collapsible: boolean | undefined;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
  children: ReactNode;
}

function ListItem({
  at,
  index,
  count,
  title,
  ordered,
  collapsible,
  onRemove,
  onMove,
  children,
}: ItemProps) {
  const { t } = useTranslation('rubricEditor');
  const api = useEditor();
  const f = useField(at);
  const n = index + 1;
  const under = useSyncExternalStore(api.subscribe, () => api.countUnder(f.anchor));
  const tools = (
    <div className="item-tools">
      {ordered ? (
        <>
          <button
            type="button"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t('list.moveUpItem', { n })}
          >
            {t('list.moveUp')}
          </button>
          <button
            type="button"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t('list.moveDownItem', { n })}
          >
            {t('list.moveDown')}
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="danger"
        onClick={onRemove}
        aria-label={t('list.removeItem', { n })}
      >
        {t('list.remove')}
      </button>
    </div>
  );
  const body = (
    <>
      {tools}
      <FieldProblems id={f.errorId} problems={f.problems} />
      <div className="item-body">{children}</div>
    </>
  );
  const badge =
    under > 0 ? (
      <span className="problem-badge">{t('list.problems', { count: under })}</span>
    ) : null;
  if (collapsible) {
    return (
      <details id={f.id} className={under > 0 ? 'list-item item-invalid' : 'list-item'}>
        <summary>
          <span className="item-title">{title}</span>
          {badge}
        </summary>
        {body}
      </details>
    );
  }
  return (
    <fieldset
      id={f.id}
      tabIndex={-1}
      className={under > 0 ? 'list-item item-invalid' : 'list-item'}
    >
      <legend className="item-title">{title}</legend>
      {body}
    </fieldset>
  );
}
