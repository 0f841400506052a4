/** The bytes of a stored file (lib/store/blobs), for the viewer. */
import { useEffect, useState } from 'react';
import { ReviewDeskError } from '@/lib/errors';
import type { FileHash } from '@/lib/ids';
import { getFile } from '@/lib/store/blobs';
import { getDb } from '@/lib/store/db';

/** `version`: bump it to read again (after the bytes arrived from elsewhere). */
export function useStoredFile(hash: FileHash, name: string, version = 0) {
  const [state, setState] = useState<{ bytes?: Uint8Array; error?: unknown }>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: version asks for a fresh read
  useEffect(() => {
    let cancelled = false;
    setState({});
    getFile(getDb(), hash).then(
      (bytes) => {
        if (cancelled) return;
        if (bytes) setState({ bytes });
        else setState({ error: new ReviewDeskError('viewer/fileMissing', { file: name }) });
      },
      (error) => !cancelled && setState({ error }),
    );
    return () => {
      cancelled = true;
    };
  }, [hash, name, version]);
  return state;
}
