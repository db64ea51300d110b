// The baseline's recommendations a follow-up judged progress on.
import type { PublishedReportModel } from '@scrutiny/domain';
import { Table } from '@scrutiny/ui';

export function FollowedUpRecommendations({
  items,
}: {
  items: NonNullable<PublishedReportModel['reasons']>['recommendations'];
}) {
  return (
    <Table
      caption={{ text: 'Recommendations followed up', size: 'm' }}
      rows={items}
      rowKey={(item) => item.number}
      columns={[
        { header: 'Number', cell: (item) => item.number },
        { header: 'Recommendation', cell: (item) => item.text },
        {
          header: 'Progress found',
          cell: (item) => (
            <>
              {item.judgementLabel}
              {item.comment ? <p className="govuk-body-s">{item.comment}</p> : null}
            </>
          ),
        },
      ]}
    />
  );
}
