// One group of the national picture: the areas whose latest published inspections are alike, why any stand apart,
// and the group's table.
import { NationalGroupTable, type NationalRow } from './NationalGroupTable.tsx';
import { lowerFirst, scoreOf, type NationalGroup, type Picture } from './national-picture.ts';

export function NationalGroupSection({
  index,
  group,
  all,
  highRisk,
  areaCode,
}: {
  index: number;
  group: NationalGroup;
  all: Picture;
  highRisk: Picture;
  areaCode: string;
}) {
  const nameOf = new Map(all.areas.map((a) => [a.area.code, a]));
  const firstHeading = all.groups[0]?.heading ?? '';
  const highRiskGroup = highRisk.groups.find((g) => g.heading === group.heading);
  const member = group.areas.some((a) => a.area.code === areaCode);
  const headingId = `national-group-${index}`;
  const rows: NationalRow[] = group.criteria.flatMap((criterion) => {
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
    <section aria-labelledby={headingId}>
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
      <NationalGroupTable headingId={headingId} group={group} member={member} rows={rows} />
    </section>
  );
}
