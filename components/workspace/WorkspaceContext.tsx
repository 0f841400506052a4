/**
 * The device's workspace, handed down by context: the panels on this device and the narrow
 * stores (files, view state, panel list, extraction, library) every component reaches storage
 * through. Nothing in components/ opens storage itself.
 */
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { Unwatch, WorkspaceStores } from '@/lib/workspace/stores';
import type { Workspace } from '@/lib/workspace/workspace';

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({
  workspace,
  children,
}: {
  workspace: Workspace;
  children: ReactNode;
}) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}

export function useStores(): WorkspaceStores {
  return useWorkspace().stores;
}

/**
 * A store's live value: `watch(onValue, onError)` starts watching and returns how to stop.
 * Undefined until the first value arrives; `deps` say when to watch something else.
 */
export function useWatched<T>(
  watch: (onValue: (value: T) => void, onError: (e: unknown) => void) => Unwatch,
  deps: readonly unknown[],
): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({
    value: undefined,
    error: null,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps stand for `watch`
  useEffect(() => {
    let live = true;
    const stop = watch(
      (value) => live && setState({ value, error: null }),
      (error) => live && setState((s) => ({ ...s, error })),
    );
    return () => {
      live = false;
      stop();
    };
  }, [...deps]);
  return state;
}
