/**
 * The panel's rubric pack (its snapshot in the document), validated before use. Keyed by the
 * snapshot's text, so it is parsed again only when the chair changes the pack.
 */
import { useMemo } from 'react';
import { ReviewDeskError } from '@/lib/errors';
import type { Panel } from '@/lib/panel/panel';
import { parseRubricPack, type RubricPack } from '@/lib/rubric';
import { usePanelValue } from './usePanelValue';

export type PackState =
  | { pack: RubricPack; error?: undefined }
  | { pack?: undefined; error: unknown };

function parse(text: string | null): PackState {
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  const parsed = parseRubricPack(json);
  return parsed.ok ? { pack: parsed.pack } : { error: new ReviewDeskError('workspace/badRubric') };
}

export function usePanelPack(panel: Panel): PackState {
  const text = usePanelValue(panel, (p) => p.meta()?.rubric ?? null);
  return useMemo(() => parse(text), [text]);
}
