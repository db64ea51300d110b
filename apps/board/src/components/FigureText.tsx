import { formatInterval, missingFigureText } from '@scrutiny/domain';
import { formatCounts, formatPercent, isSmallDenominator, type Figure } from '../figures/percent.ts';

interface ShownFigure extends Figure {
  straddlesBand?: boolean | null;
}

/**
 * A percentage with its denominator beside it, flagged when fewer than 5 cases were applicable, and said plainly
 * when a public output withholds it.
 */
export function FigureText({ figure }: { figure: ShownFigure }) {
  if (figure.percentage == null) {
    return (
      <span>
        {missingFigureText(figure)}
        {figure.suppressed ? <SmallDenominatorTag /> : null}
      </span>
    );
  }
  return (
    <span className="board-figure">
      <strong className="board-figure__percent">{formatPercent(figure.percentage)}</strong>{' '}
      <span className="board-figure__counts">({formatCounts(figure)})</span>
      {figure.adjusted ? <span className="board-figure__note"> adjusted</span> : null}
      {isSmallDenominator(figure.applicable) ? <SmallDenominatorTag /> : null}
      {figure.straddlesBand ? <BandUncertainTag /> : null}
    </span>
  );
}

/** "95% interval 46–75%", or nothing when the counts are not known. */
export function IntervalText({ interval }: { interval: { low: number; high: number } | null }) {
  if (!interval) return <>–</>;
  return <>{formatInterval(interval)}</>;
}

export function SmallDenominatorTag() {
  return (
    <strong className="govuk-tag govuk-tag--yellow board-figure__tag" title="Fewer than 5 applicable cases">
      Small number<span className="govuk-visually-hidden">: fewer than 5 applicable cases</span>
    </strong>
  );
}

export function BandUncertainTag() {
  return (
    <strong
      className="govuk-tag govuk-tag--orange board-figure__tag"
      title="The 95% interval reaches across a rating band threshold"
    >
      Band uncertain
      <span className="govuk-visually-hidden">: the 95% interval reaches across a rating band threshold</span>
    </strong>
  );
}
