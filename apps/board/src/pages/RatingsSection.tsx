// The ratings of a standards-based framework on the published report: each standard's rating (and, where an
// inspector overrode it, what the key questions gave and the recorded reason), the overall rating and each local
// unit. Frameworks without ratings (ESI) have no such section.
import type { ReportRatings } from '@scrutiny/domain';
import { Table, UnitRatingsTable, Section } from '@scrutiny/ui';

export function RatingsSection({ ratings }: { ratings: ReportRatings }) {
  const overridden = ratings.standards.filter((standard) => standard.override);
  return (
    <Section headingId="ratings" headingSize="l" heading="Ratings" data-testid="report-ratings">
      <p className="govuk-body-l" data-testid="overall-rating">
        Overall rating: <strong>{ratings.overall.rating}</strong>
        {ratings.overall.points !== null ? ` (${ratings.overall.points} points)` : ''}
      </p>
      {ratings.overall.note ? <p className="govuk-body">{ratings.overall.note}</p> : null}
      <p className="govuk-body">
        Each standard takes the rating of its lowest-rated key question ({ratings.questionSetLabel.toLowerCase()}),
        unless the inspectors decided otherwise for the reason given.
      </p>
      <Table
        caption={{ text: 'Ratings by standard', size: 'm' }}
        testId="standard-ratings"
        rows={ratings.standards}
        rowKey={(standard) => standard.code}
        columns={[
          { header: 'Standard', rowHeader: true, cell: (standard) => `${standard.code} ${standard.title}` },
          {
            header: 'Rating',
            cell: (standard) =>
              `${standard.rating}${standard.override ? ` (inspectors’ judgement; the key questions gave ${standard.computed})` : ''}`,
          },
        ]}
      />
      {overridden.length > 0 ? (
        <>
          <h3 className="govuk-heading-m">Ratings decided by the inspectors</h3>
          <dl className="govuk-summary-list" data-testid="rating-overrides">
            {overridden.map((standard) => (
              <div key={standard.code} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  {standard.code} {standard.title}: {standard.rating}
                </dt>
                <dd className="govuk-summary-list__value">
                  {standard.override!.reason}
                  {standard.override!.by ? ` (${standard.override!.by})` : ''}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {ratings.units.length > 0 ? (
        <UnitRatingsTable
          caption="Ratings by local unit"
          captionSize="m"
          standards={ratings.standards}
          units={ratings.units}
        />
      ) : null}
    </Section>
  );
}
