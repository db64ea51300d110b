// One entry of the open data's release log.
import type { OpenDataRelease } from '@scrutiny/plugin-export-open-data';
import { builder } from '../../builder.ts';

const OpenDataChangeEnum = builder.enumType('OpenDataChange', {
  values: {
    PUBLISHED: { description: "An inspection's figures were published." },
    CORRECTED: { description: "A published inspection's figures in the files changed." },
  } as const,
});

export const OpenDataReleaseRef = builder.objectRef<OpenDataRelease>('OpenDataRelease').implement({
  description: 'One entry of the release log: what was published or corrected, and when.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (r) => new Date(r.at) }),
    change: t.expose('change', { type: OpenDataChangeEnum }),
    inspectionId: t.exposeID('inspectionId', { description: 'The inspection, as `Inspection.id`.' }),
    areaCode: t.exposeString('areaCode'),
    year: t.exposeInt('year'),
    title: t.exposeString('title'),
  }),
});
