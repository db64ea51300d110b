import { builder } from '../../builder.ts';
import { InspectionRef } from './type.ts';
import { UserRef } from '../user/type.ts';

builder.prismaObjectField('Inspection', 'signedOffAt', (t) =>
  t.expose('signedOffAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When a chief inspector signed the report off; null until then.',
  }),
);

builder.objectField(InspectionRef, 'signedOffBy', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    description: 'The chief inspector who signed the report off: for signed-in users; null for anyone else.',
    // People are seen by signed-in users only; an anonymous reader gets null rather than an error.
    resolve: (inspection, _args, ctx) =>
      ctx.viewer && inspection.signedOffById
        ? ctx.prisma.user.findUnique({ where: { id: inspection.signedOffById } })
        : null,
  }),
);
