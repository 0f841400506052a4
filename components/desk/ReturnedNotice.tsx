/**
 * On the reviewer's own application page: the chair returned this review, with the reason and
 * the day, so the reviewer knows what to change before submitting again. The reason is the
 * chair's text, rendered as text.
 */
import { useTranslation } from 'react-i18next';
import type { Review } from '@/lib/panel/reviews';

export function ReturnedNotice({ review }: { review: Review }) {
  const { t, i18n } = useTranslation('desk');
  if (!review.returned || review.status !== 'draft') return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
    review.returned.at,
  );
  return (
    <p className="notice notice-warn desk-returned" role="status" data-testid="review-returned">
      {t('returned.notice', { date, reason: review.returned.reason })}
    </p>
  );
}
