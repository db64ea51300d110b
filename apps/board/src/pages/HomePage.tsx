import { reportSlugs } from '@scrutiny/domain';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import {
  type EveryPublished,
  EveryPublishedInspection,
  type PublishedInspection,
} from './EveryPublishedInspection.tsx';
import { Table } from '@scrutiny/ui';

import { KIND_LABEL } from './kind-label.ts';

export function HomePage() {
  return <EveryPublishedInspection>{(published) => <PublishedList {...published} />}</EveryPublishedInspection>;
}

function PublishedList({ inspections: every, error }: EveryPublished) {
  const inspections = every ?? [];
  const slugs = reportSlugs(inspections);
  const byArea = new Map<string, { name: string; code: string; items: PublishedInspection[] }>();
  for (const inspection of inspections) {
    const group = byArea.get(inspection.area.code) ?? {
      name: inspection.area.name,
      code: inspection.area.code,
      items: [],
    };
    group.items.push(inspection);
    byArea.set(inspection.area.code, group);
  }
  const areas = [...byArea.values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <title>Published inspections – Scrutiny</title>
      <h1 className="govuk-heading-xl">Published inspections</h1>
      <p className="govuk-body-l">
        Reports of the inspectorate’s inspections of probation areas, with every figure and the number of case files it
        is based on.
      </p>
      {!every && !error ? <Loading /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {every && areas.length === 0 ? <p className="govuk-body">No inspection has been published yet.</p> : null}
      {areas.map((area) => (
        <section key={area.code} aria-labelledby={`area-${area.code}`}>
          <h2 className="govuk-heading-m" id={`area-${area.code}`}>
            <Link className="govuk-link" to={`/areas/${area.code.toLowerCase()}`}>
              {area.name}
            </Link>
          </h2>
          <Table
            caption={{ text: `Published inspections of ${area.name}, latest first`, size: 'hidden' }}
            rows={[...area.items].sort((a, b) => b.year - a.year || a.title.localeCompare(b.title))}
            columns={[
              { header: 'Year', cell: (inspection) => inspection.year },
              {
                header: 'Report',
                cell: (inspection) => (
                  <Link
                    className="govuk-link"
                    to={`/reports/${slugs.get(inspection.id) ?? encodeURIComponent(inspection.id)}`}
                  >
                    {inspection.title}
                    <span className="govuk-visually-hidden">, {area.name}</span>
                  </Link>
                ),
              },
              { header: 'Kind', cell: (inspection) => KIND_LABEL[inspection.kind] },
            ]}
          />
        </section>
      ))}
    </>
  );
}
