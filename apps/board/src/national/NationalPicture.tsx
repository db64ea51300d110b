import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '@scrutiny/graphql-client';
import { FigureText } from '../components/FigureText.tsx';
import { ErrorMessage } from '../components/Status.tsx';
import { formatPercent } from '../figures/percent.ts';
import { AreaFrameworksQuery, NationalPictureQuery } from './documents.ts';
import { describeStanding } from './standing.ts';
import { HIGH_RISK_OF_HARM, WHOLE_SAMPLE, WHOLE_SAMPLE_LABEL } from '@scrutiny/domain';
import { TableRegion } from '@scrutiny/ui';

type Picture = ResultOf<typeof NationalPictureQuery>['all'];
type NationalCriterion = Picture['groups'][number]['criteria'][number];

// The API's and the open data's words for the subsamples.
const SUBSAMPLE_LABEL: Record<string, string> = {
  [WHOLE_SAMPLE]: WHOLE_SAMPLE_LABEL,
  [HIGH_RISK_OF_HARM.key]: HIGH_RISK_OF_HARM.label,
};

/**
 * The area page's national picture: the area's latest published scores beside every area's, on the framework of
 * the area's latest published inspection. Published figures only, as anyone may see them.
 */
export function NationalPicture({ areaCode }: { areaCode: string }) {
  const [frameworks] = useQuery({ query: AreaFrameworksQuery, variables: { code: areaCode } });
  const latest = [...(frameworks.data?.area?.inspections.edges.map((e) => e.node) ?? [])]
    .filter((i) => i.published)
    .sort((a, b) => a.year - b.year)
    .pop();
  const frameworkKey = latest?.framework.key ?? '';
  const [result] = useQuery({
    query: NationalPictureQuery,
    variables: { frameworkKey, code: areaCode },
    pause: !latest,
  });
  if (frameworks.data && !latest) return null;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  if (!result.data || !latest) return null;
  const { all, highRisk } = result.data;
  const published = all.areas.filter((a) => a.inspection !== null);
  const nameOf = new Map(all.areas.map((a) => [a.area.code, a]));
  const codes = [...new Set(all.groups.flatMap((g) => g.criteria.map((c) => c.code)))];
  const firstHeading = all.groups[0]?.heading ?? '';
  return (
    <section aria-labelledby="national-heading">
      <h2 className="govuk-heading-l" id="national-heading">
        National picture
      </h2>
      <p className="govuk-body">
        Every area’s latest published inspection on the {latest.framework.title}: {published.length} of{' '}
        {all.areas.length} areas have one. Scores are set beside each other only where the inspections are alike: the
        same framework version, the same kind of inspection (full or follow-up), the same questions and the same method.
        Each group below has its own median, range and positions. The median is the middle of the group’s scores; all
        cases together adds up every area’s cases in the group.
      </p>
      {all.groups.map((group, index) => {
        const highRiskGroup = highRisk.groups.find((g) => g.heading === group.heading);
        const member = group.areas.some((a) => a.area.code === areaCode);
        const headingId = `national-group-${index}`;
        const rows = group.criteria.flatMap((criterion) => {
          const inHighRisk = highRiskGroup?.criteria.find((c) => c.code === criterion.code);
          return [
            { subsample: 'ALL', criterion, score: scoreOf(all, areaCode, criterion.code) },
            ...(inHighRisk
              ? [
                  {
                    subsample: 'HIGH_RISK_OF_HARM',
                    criterion: inHighRisk,
                    score: scoreOf(highRisk, areaCode, criterion.code),
                  },
                ]
              : []),
          ];
        });
        return (
          <section key={group.heading} aria-labelledby={headingId}>
            <h3 className="govuk-heading-m" id={headingId}>
              {group.heading}
            </h3>
            <p className="govuk-body">
              {group.areas.length} of {group.ofAreas} areas’ latest published inspections are in this group:{' '}
              {group.areas.map((a) => nameOf.get(a.area.code)?.area.name ?? a.area.code).join(', ')}.
            </p>
            {group.apartBecause.length > 0 && (
              <div className="govuk-inset-text">
                {group.areas.map((a) => {
                  const row = nameOf.get(a.area.code);
                  return (
                    <p className="govuk-body" key={a.area.code}>
                      {row?.area.name ?? a.area.code}’s {row?.inspection?.title ?? 'inspection'} stands apart from{' '}
                      {lowerFirst(firstHeading)} and is not ranked with them: {group.apartBecause.join('; ')}.
                    </p>
                  );
                })}
              </div>
            )}
            <TableRegion labelledBy={`${headingId}-caption`}>
              <table className="govuk-table govuk-table--small-text-until-tablet">
                <caption className="govuk-table__caption govuk-table__caption--s" id={`${headingId}-caption`}>
                  {member
                    ? `Your area’s latest published scores against the group’s: ${lowerFirst(group.heading)}`
                    : `Scores across the group: ${lowerFirst(group.heading)}`}
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Criterion
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Cases
                    </th>
                    {member && (
                      <>
                        <th scope="col" className="govuk-table__header">
                          Your area
                        </th>
                        <th scope="col" className="govuk-table__header">
                          Position
                        </th>
                      </>
                    )}
                    <th scope="col" className="govuk-table__header">
                      Median of areas
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Lowest to highest
                    </th>
                    <th scope="col" className="govuk-table__header">
                      All areas’ cases together
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {rows.map(({ subsample, criterion, score }) => (
                    <tr key={`${criterion.code}|${subsample}`} className="govuk-table__row">
                      <th scope="row" className="govuk-table__header">
                        {criterion.code} {criterion.title}
                      </th>
                      <td className="govuk-table__cell">{SUBSAMPLE_LABEL[subsample] ?? subsample}</td>
                      {member && (
                        <>
                          <td className="govuk-table__cell">
                            {score ? <FigureText figure={score} /> : 'None published'}
                          </td>
                          <td className="govuk-table__cell">{describeStanding(criterion.standing)}</td>
                        </>
                      )}
                      <td className="govuk-table__cell">{formatPercent(criterion.median)}</td>
                      <td className="govuk-table__cell">{range(criterion)}</td>
                      <td className="govuk-table__cell">
                        {criterion.pooledPercentage == null ? (
                          'Not all counts known'
                        ) : (
                          <FigureText
                            figure={{
                              percentage: criterion.pooledPercentage,
                              met: criterion.pooledMet,
                              applicable: criterion.pooledApplicable,
                            }}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </section>
        );
      })}

      <TableRegion labelledBy="every-area-caption">
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-table__caption--m" id="every-area-caption">
            Every area’s latest published criterion scores
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Area
              </th>
              <th scope="col" className="govuk-table__header">
                Inspection
              </th>
              <th scope="col" className="govuk-table__header">
                Kind
              </th>
              {codes.map((code) => (
                <th key={code} scope="col" className="govuk-table__header">
                  {code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {all.areas.map((row) => (
              <tr key={row.area.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {row.area.name}
                  {row.area.code === areaCode ? ' (your area)' : ''}
                  <br />
                  <span className="govuk-body-s">{row.area.region}</span>
                </th>
                <td className="govuk-table__cell">
                  {row.inspection ? (
                    <Link className="govuk-link" to={`/reports/${encodeURIComponent(row.inspection.id)}`}>
                      {row.inspection.title}
                    </Link>
                  ) : (
                    'None published'
                  )}
                </td>
                <td className="govuk-table__cell">{row.basis ? describeKind(row.basis) : '–'}</td>
                {codes.map((code) => {
                  const score = row.criterionScores.find((s) => s.code === code);
                  return (
                    <td key={code} className="govuk-table__cell">
                      {score ? <FigureText figure={score} /> : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

function scoreOf(picture: Picture, areaCode: string, code: string) {
  return picture.areas.find((a) => a.area.code === areaCode)?.criterionScores.find((s) => s.code === code);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describeKind(basis: { kind: string; offenderInterviews: boolean }): string {
  const kind = basis.kind === 'FOLLOW_UP' ? 'Follow-up' : 'Full inspection';
  return basis.offenderInterviews ? kind : `${kind}, no offender interviews`;
}

function range(criterion: NationalCriterion): string {
  if (criterion.lowest == null || criterion.highest == null) return '–';
  return `${formatPercent(criterion.lowest)} to ${formatPercent(criterion.highest)}`;
}
