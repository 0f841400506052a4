/** The document's outline (bookmarks), from pdf.js; a click goes to the entry's page. */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type OutlineNode = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];

async function destinationPage(doc: PDFDocumentProxy, dest: OutlineNode['dest']) {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  const target = explicit?.[0];
  if (target === undefined || target === null) return null;
  if (typeof target === 'number') return target;
  return doc.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0]);
}

function Entries({
  doc,
  nodes,
  onGo,
}: {
  doc: PDFDocumentProxy;
  nodes: OutlineNode[];
  onGo(index: number): void;
}) {
  return (
    <ul>
      {nodes.map((node, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: outline entries have no ids
        <li key={i}>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              destinationPage(doc, node.dest).then(
                (page) => page !== null && onGo(page),
                () => {},
              );
            }}
          >
            {node.title}
          </button>
          {node.items?.length ? <Entries doc={doc} nodes={node.items} onGo={onGo} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function Outline({ doc, onGo }: { doc: PDFDocumentProxy; onGo(index: number): void }) {
  const { t } = useTranslation('viewer');
  const [nodes, setNodes] = useState<OutlineNode[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    doc.getOutline().then(
      (o) => !cancelled && setNodes(o ?? []),
      () => !cancelled && setNodes([]),
    );
    return () => {
      cancelled = true;
    };
  }, [doc]);
  if (nodes === null) return <p className="muted">{t('loading')}</p>;
  if (nodes.length === 0) return <p className="muted">{t('noOutline')}</p>;
  return (
    <nav className="pdf-outline" aria-label={t('outline')}>
      <Entries doc={doc} nodes={nodes} onGo={onGo} />
    </nav>
  );
}
