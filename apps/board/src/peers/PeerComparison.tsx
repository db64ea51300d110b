// The area's comparison group, like with like (issue 16): each area's latest published inspection, in groups the API
// makes by comparison basis (framework version, kind, question set, interviews). A table per group, the area's own
// first; the others are shown apart with the reasons, and no figure is set beside one of another group.
import type { ResultOf } from '@scrutiny/graphql-client';
import { AreaScoresTable } from '../components/AreaScoresTable.tsx';
import type { AreaQuery } from '../queries.ts';
import { Section } from '@scrutiny/ui';

type ComparisonGroup = NonNullable<NonNullable<ResultOf<typeof AreaQuery>['area']>['comparisonGroup']>;
type PeerGroup = ComparisonGroup['peerComparison']['groups'][number];

export function PeerComparison({ group, areaCode }: { group: ComparisonGroup; areaCode: string }) {
  const { groups, unpublished } = group.peerComparison;
  const ownFirst = groups[0]?.peers.some((peer) => peer.area.code === areaCode) ?? false;
  return (
    <Section headingId="peers-heading" headingSize="l" heading="Similar areas">
      <p className="govuk-body">
        {group.name}: {group.description} Each area’s latest published inspection, set beside only those made on the
        same basis: the same framework version, kind of inspection, question set and interviews.
      </p>
      {groups.map((peerGroup, index) => (
        <PeerTable
          key={peerGroup.heading}
          id={`peers-${index}`}
          group={peerGroup}
          areaCode={areaCode}
          apartFrom={ownFirst ? 'your area’s inspection' : 'the first group'}
        />
      ))}
      {unpublished.length > 0 ? (
        <p className="govuk-body">No published inspection yet: {unpublished.map((area) => area.name).join(', ')}.</p>
      ) : null}
    </Section>
  );
}

function PeerTable({
  id,
  group,
  areaCode,
  apartFrom,
}: {
  id: string;
  group: PeerGroup;
  areaCode: string;
  apartFrom: string;
}) {
  // The criteria any inspection of the group was scored on, in the order they first appear.
  const codes = [...new Set(group.peers.flatMap((peer) => peer.inspection.criterionScores.map((s) => s.code)))];
  return (
    <>
      <h3 className="govuk-heading-m" id={`${id}-heading`}>
        {group.heading}
      </h3>
      {group.apartBecause.length > 0 ? (
        <p className="govuk-body">
          Shown apart from {apartFrom} and not set beside it: {group.apartBecause.join('; ')}.
        </p>
      ) : null}
      <AreaScoresTable
        captionId={`${id}-caption`}
        caption={<>Criterion scores: {group.heading}</>}
        captionSize="s"
        codes={codes}
        areaCode={areaCode}
        rows={group.peers.map(({ area, inspection }) => ({
          area: { id: area.id, code: area.code, name: area.name },
          inspection,
          criterionScores: inspection.criterionScores,
        }))}
      />
    </>
  );
}
