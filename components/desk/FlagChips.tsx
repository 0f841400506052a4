/** An application's flags as short chips, one per kind; the full sentences are their titles. */
import { useTranslation } from 'react-i18next';
import type { Flag } from '@/lib/reconcile';
import { useDesk } from './DeskContext';

export function FlagChips({ flags }: { flags: readonly Flag[] }) {
  const { t } = useTranslation('desk');
  const { say } = useDesk();
  const kinds = [...new Set(flags.map((f) => f.kind))];
  return (
    <span className="desk-flag-list">
      {kinds.map((kind) => {
        const of = flags.filter((f) => f.kind === kind);
        const title = of.map((f) => say(f.message)).join('\n');
        return (
          <span
            key={kind}
            className={`chip desk-flag desk-flag-${kind}`}
            title={title}
            data-flag={kind}
          >
            {t(`flagKinds.${kind}`)}
            {of.length > 1 ? ` ${of.length}` : ''}
          </span>
        );
      })}
    </span>
  );
}
