import { builder } from '../../builder.ts';
import { mayPlanInspections } from '../../access/team.ts';
import { UserRef } from './type.ts';

builder.objectField(UserRef, 'mayPlanInspections', (t) =>
  t.boolean({
    description: 'Whether this user may plan (create) inspections: HM inspectors, chief inspectors and admin officers.',
    resolve: (user) => mayPlanInspections(user.role),
  }),
);
