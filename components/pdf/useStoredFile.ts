/** The bytes of a stored file (the workspace's file store), for the viewer. */
import { useEffect, useState } from 'react';
import { ReviewDeskError } from '@/lib/errors';
import type { FileHash } from '@/lib/ids';
import { useStores } from '../workspace/WorkspaceContext';

/** `version`: bump it to read again (after the bytes arrived from elsewhere). */
export function useStoredFile(hash: FileHash, name: string, version = 0) {
  const { files } = useStores();
  const [state, setState] = useState<{ bytes?: Uint8Array; error?: unknown }>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: version asks for a fresh read
  useEffect(() => {
    let cancelled = false;
    setState({});
    files.get(hash).then(
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
  }, [files, hash, name, version]);
  return state;
}
