/**
 * Keeps the keyboard where the reviewer was working when the control they pressed disappears
 * (an accepted fact loses its 接受 button, 全部接受 goes once nothing is left): the caller asks
 * for a refocus before writing, and after the render that removed the control — the panel's
 * write is read back a render or two later — the element `find` names gets the focus. Only if
 * the focus fell to the page's body: a reviewer who already moved on is left alone.
 */
import { useEffect, useRef } from 'react';

export function useRefocusWhenLost<Key>(find: (key: Key) => HTMLElement | null | undefined) {
  const wanted = useRef<{ key: Key } | null>(null);
  useEffect(() => {
    const request = wanted.current;
    if (!request || (document.activeElement && document.activeElement !== document.body)) return;
    wanted.current = null;
    find(request.key)?.focus();
  });
  return (key: Key) => {
    wanted.current = { key };
  };
}
