import { builder } from '../../builder.ts';

builder.prismaObjectField('Inspection', 'findings', (t) =>
  t.relation('findings', {
    description: 'Findings by criterion, then in their order.',
    args: { criterionCode: t.arg.string({ description: 'Only the findings against this criterion.' }) },
    query: (args) => ({
      where: args.criterionCode ? { criterionCode: args.criterionCode } : {},
      orderBy: [{ criterionCode: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    }),
  }),
);

builder.prismaObjectField('Inspection', 'goodPractices', (t) =>
  t.relation('goodPractices', {
    description: 'Good practice examples by criterion, then in their order.',
    args: { criterionCode: t.arg.string({ description: 'Only the examples under this criterion.' }) },
    query: (args) => ({
      where: args.criterionCode ? { criterionCode: args.criterionCode } : {},
      orderBy: [{ criterionCode: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    }),
  }),
);

builder.prismaObjectField('Inspection', 'meetings', (t) =>
  t.relation('meetings', {
    description: 'Meetings, earliest first.',
    query: { orderBy: [{ heldOn: 'asc' }, { id: 'asc' }] },
  }),
);

// `evidence` on Inspection already says what its figures rest on (EvidenceBase); the items examined are these.
builder.prismaObjectField('Inspection', 'evidenceItems', (t) =>
  t.relation('evidenceItems', {
    description: 'Documents, meeting notes and data the inspectors examined, in the order recorded.',
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
);

builder.prismaObjectField('Inspection', 'reportTexts', (t) =>
  t.relation('reportTexts', {
    description: "The report's sections in words, by section name.",
    query: { orderBy: { section: 'asc' } },
  }),
);
