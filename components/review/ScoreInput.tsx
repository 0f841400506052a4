/**
 * Keyboard-first score entry: type digits, ↑/↓ step by the criterion's step, Enter saves and
 * moves to the next criterion (Shift+Enter to the previous), Escape restores the saved value.
 * The score is written when it is committed, not on every keystroke; until then the save
 * indicator says a typed value is unsaved, and hiding or leaving the page commits it. Full-width digits (２０)
 * and unambiguous numerals (十八, 二〇) are read as the number they mean.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Criterion, checkScore, formatMessage, parseScoreText, stepScore } from '@/lib/rubric';
import { useUnsavedInput } from '../hooks/useUnsavedInputs';

export function ScoreInput({
  criterion,
  value,
  disabled,
  label,
  onCommit,
  onNext,
}: {
  criterion: Criterion;
  value: number | null | undefined;
  disabled: boolean;
  label: string;
  onCommit: (score: number | null) => void;
  /** After Enter committed: which way to go, and the score now saved (null when emptied). */
  onNext: (direction: 1 | -1, committed: number | null) => void;
}) {
  const { i18n } = useTranslation('review');
  const saved = value === null || value === undefined ? '' : String(value);
  const [text, setText] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  // What was last written: Enter commits, then the focus moves on and blur would commit the same
  // value again before the panel's change comes back (one change, one history entry).
  const written = useRef(saved);
  useEffect(() => {
    setText(saved);
    written.current = saved;
  }, [saved]);

  const commit = (raw: string): boolean => {
    const parsed = parseScoreText(raw);
    if (parsed.kind === 'empty') {
      setError(null);
      if (written.current !== '') onCommit(null);
      written.current = '';
      return true;
    }
    const check = checkScore(criterion, parsed.kind === 'number' ? parsed.value : raw.trim());
    if (!check.ok) {
      setError(formatMessage(i18n, check.message));
      return false;
    }
    setError(null);
    setText(String(check.value));
    if (String(check.value) !== written.current) onCommit(check.value);
    written.current = String(check.value);
    return true;
  };

  // Typed but not committed: the save indicator says so, and leaving the page commits it.
  const dirty = text.trim() !== written.current && !disabled;
  useUnsavedInput(dirty);
  const latest = useRef(() => {});
  latest.current = () => {
    if (dirty) commit(text);
  };
  // Listened to only while something is typed and not yet committed (one box at a time, not
  // every box of a long rubric).
  useEffect(() => {
    if (!dirty) return;
    const leave = () => latest.current();
    const hidden = () => document.visibilityState === 'hidden' && leave();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [dirty]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const parsed = parseScoreText(text);
      const current = parsed.kind === 'number' ? parsed.value : undefined;
      const next = stepScore(
        criterion,
        Number.isFinite(current) ? current : undefined,
        e.key === 'ArrowUp' ? 1 : -1,
      );
      setText(String(next));
      commit(String(next));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (commit(text)) {
        onNext(e.shiftKey ? -1 : 1, written.current === '' ? null : Number(written.current));
      }
    } else if (e.key === 'Escape') {
      setText(saved);
      setError(null);
    }
  };

  return (
    <span className="score-input">
      <input
        type="text"
        inputMode="decimal"
        value={text}
        disabled={disabled}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        data-unsaved={dirty || undefined}
        data-criterion={criterion.id}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => commit(text)}
        onKeyDown={onKeyDown}
      />
      <span className="muted">/ {criterion.max}</span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
