/**
 * The parts the chair's small forms share (return a review, settle a fact, withdraw an
 * application): a reason field with its problem shown beneath, and the save / cancel row.
 */
import { useId } from 'react';

export function ReasonField({
  label,
  value,
  onChange,
  problem,
  rows,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | null;
  /** Lines of the text area; without it, a one-line input. */
  rows?: number;
  placeholder?: string;
}) {
  const id = useId();
  const common = {
    id,
    maxLength: 5000,
    value,
    ...(placeholder ? { placeholder } : {}),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(e.target.value),
  };
  return (
    <>
      <label htmlFor={id}>
        <span>{label}</span>
        {rows ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

export function FormActions({
  save,
  cancel,
  onCancel,
  busy = false,
  danger = false,
}: {
  save: string;
  cancel?: string;
  onCancel?: () => void;
  busy?: boolean;
  /** A save that takes something away (return, withdraw) is drawn as dangerous. */
  danger?: boolean;
}) {
  return (
    <div className="row-actions">
      <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy}>
        {save}
      </button>
      {cancel && onCancel && (
        <button type="button" onClick={onCancel}>
          {cancel}
        </button>
      )}
    </div>
  );
}
