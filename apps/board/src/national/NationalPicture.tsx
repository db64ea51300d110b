// Its parts: a section per comparable group (NationalGroupSection.tsx, its table NationalGroupTable.tsx) and every
// area's scores (components/AreaScoresTable.tsx, shared with the similar areas).
import { useQuery } from 'urql';
import { AreaScoresTable } from '../components/AreaScoresTable.tsx';
import { ErrorMessage } from '../components/Status.tsx';
import { AreaFrameworksQuery, NationalPictureQuery } from './documents.ts';
import { NationalGroupSection } from './NationalGroupSection.tsx';
import { describeKind } from './national-picture.ts';
import { Section } from '@scrutiny/ui';

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
  const codes = [...new Set(all.groups.flatMap((g) => g.criteria.map((c) => c.code)))];
  return (
    <Section headingId="national-heading" headingSize="l" heading="National picture">
      <p className="govuk-body">
        Every area’s latest published inspection on the {latest.framework.title}: {published.length} of{' '}
        {all.areas.length} areas have one. Scores are set beside each other only where the inspections are alike: the
        same framework version, the same kind of inspection (full or follow-up), the same questions and the same method.
        Each group below has its own median, range and positions. The median is the middle of the group’s scores; all
        cases together adds up every area’s cases in the group.
      </p>
      {all.groups.map((group, index) => (
        <NationalGroupSection
          key={group.heading}
          index={index}
          group={group}
          all={all}
          highRisk={highRisk}
          areaCode={areaCode}
        />
      ))}

      <AreaScoresTable
        captionId="every-area-caption"
        caption="Every area’s latest published criterion scores"
        captionSize="m"
        codes={codes}
        areaCode={areaCode}
        kindColumn
        rows={all.areas.map((row) => ({ ...row, kind: row.basis ? describeKind(row.basis) : undefined }))}
      />
    </Section>
  );
}
