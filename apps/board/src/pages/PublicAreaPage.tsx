import { reportSlugs } from '@scrutiny/domain';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { type EveryPublished, EveryPublishedInspection } from './EveryPublishedInspection.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

import { KIND_LABEL } from './kind-label.ts';

/** An area's public page (`/areas/<code>`): its published inspections, latest first. */
export default function PublicAreaPage() {
  const { areaCode = '' } = useParams();
  return (
    <EveryPublishedInspection>
      {(published) => <AreaReports areaCode={areaCode} {...published} />}
    </EveryPublishedInspection>
  );
}

function AreaReports({ areaCode, inspections: every, error }: EveryPublished & { areaCode: string }) {
  if (error && !every) return <ErrorMessage error={error} />;
  if (!every) return <Loading />;
  const all = every;
  const slugs = reportSlugs(all);
  const inspections = all
    .filter((inspection) => inspection.area.code.toLowerCase() === areaCode.toLowerCase())
    .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title));
  const area = inspections[0]?.area;
  if (!area) return <NotFoundPage what="Area" />;
  return (
    <>
      <title>{`${area.name}: published inspections – Scrutiny`}</title>
      <span className="govuk-caption-l">{area.region}</span>
      <h1 className="govuk-heading-xl">{area.name}</h1>
      <p className="govuk-body-l">
        Published inspections of {area.name}, latest first, each with every figure and the number of case files it is
        based on.
      </p>
      <ul className="govuk-list">
        {inspections.map((inspection) => (
          <li key={inspection.id}>
            <Link
              className="govuk-link"
              to={`/reports/${slugs.get(inspection.id) ?? encodeURIComponent(inspection.id)}`}
            >
              {inspection.title}
            </Link>{' '}
            <span className="govuk-body-s">
              ({KIND_LABEL[inspection.kind]}, {inspection.year})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
