/**
 * The review at a glance: one bar per criterion, filled to its share of the criterion's maximum,
 * so a weak area stands out before any number is read. Drawn as SVG from the form's own values.
 */
import { useTranslation } from 'react-i18next';
import { allCriteria, pickText, type RubricPack } from '@/lib/rubric';

const ROW = 18;
const LABEL = 150;
const BAR = 200;

export function ScoreChart({
  pack,
  scores,
}: {
  pack: RubricPack;
  scores: Record<string, number | null>;
}) {
  const { t, i18n } = useTranslation('review');
  const criteria = allCriteria(pack.scoring);
  const height = criteria.length * ROW + 4;
  return (
    <svg
      className="score-chart"
      role="img"
      aria-label={t('scores.chart')}
      viewBox={`0 0 ${LABEL + BAR + 50} ${height}`}
      width="100%"
      data-testid="score-chart"
    >
      {criteria.map((c, i) => {
        const score = scores[c.id];
        const share = typeof score === 'number' ? Math.max(0, Math.min(1, score / c.max)) : 0;
        const y = i * ROW + 2;
        const label = pickText(c.title, i18n.language);
        return (
          <g key={c.id} data-criterion={c.id}>
            {/* The label is cut to fit: the full name shows as the row's tooltip. */}
            <title>{label}</title>
            <text x={LABEL - 6} y={y + 12} textAnchor="end" fontSize="11">
              {label.length > 12 ? `${label.slice(0, 12)}…` : label}
            </text>
            <rect x={LABEL} y={y + 2} width={BAR} height={ROW - 6} className="score-chart-track" />
            <rect
              x={LABEL}
              y={y + 2}
              width={BAR * share}
              height={ROW - 6}
              className={`score-chart-bar${share < 0.6 ? ' low' : ''}`}
              data-share={share.toFixed(2)}
            />
            <text x={LABEL + BAR + 6} y={y + 12} fontSize="11">
              {typeof score === 'number' ? `${score}/${c.max}` : '—'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
