import { formatCounts, formatPercent, isSmallDenominator, type Figure } from '../figures/percent.ts';

/** A percentage with its denominator beside it, flagged when fewer than 5 cases were applicable. */
export function FigureText({ figure }: { figure: Figure }) {
  if (figure.percentage == null) {
    return <span>{figure.applicable === 0 ? 'No applicable cases' : 'Not available'}</span>;
  }
  return (
    <span className="board-figure">
      <strong className="board-figure__percent">{formatPercent(figure.percentage)}</strong>{' '}
      <span className="board-figure__counts">({formatCounts(figure)})</span>
      {figure.adjusted ? <span className="board-figure__note"> adjusted</span> : null}
      {isSmallDenominator(figure.applicable) ? <SmallDenominatorTag /> : null}
    </span>
  );
}

export function SmallDenominatorTag() {
  return (
    <strong className="govuk-tag govuk-tag--yellow board-figure__tag" title="Fewer than 5 applicable cases">
      Small number<span className="govuk-visually-hidden">: fewer than 5 applicable cases</span>
    </strong>
  );
}
