/** Loads a pack (and any unsaved draft of it) into a DraftStore for the editor page. */
import { useEffect, useState } from 'react';
import { isBuiltinPackId } from '@/lib/rubric';
import { getDraft, getPack } from '@/lib/rubric-library';
import { DraftStore } from './draft-store';

export type Load =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; store: DraftStore };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useDraftStore(packId: string): Load {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    let store: DraftStore | undefined;
    (async () => {
      const saved = await getPack(packId);
      if (!live) return;
      if (!saved) return setLoad({ state: 'missing' });
      const draft = isBuiltinPackId(packId) ? undefined : await getDraft(packId);
      if (!live) return;
      const restore = draft && (!same(draft.draft, saved) || draft.jsonText !== undefined);
      store = new DraftStore(
        saved,
        restore
          ? { draft: draft.draft, jsonText: draft.jsonText, savedAt: draft.savedAt }
          : undefined,
      );
      setLoad({ state: 'ready', store });
    })().catch((error: unknown) => live && setLoad({ state: 'failed', error }));
    return () => {
      live = false;
      store?.dispose();
    };
  }, [packId]);
  return load;
}
