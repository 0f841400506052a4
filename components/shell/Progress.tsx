/** A labelled progress bar for long work (import, extraction, export). */
export function Progress({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <div className="progress" role="status">
      <span>{label}</span>
      <progress value={value} max={max} aria-label={label} />
    </div>
  );
}
