// One area's row of the national picture: its latest published inspection on the framework and its scores.
import { builder } from '../../builder.ts';
import type { NationalPictureArea } from '../../services/national-picture.ts';
import { AreaRef } from '../area/type.ts';
import { ComparisonBasisRef } from '../comparison-basis.ts';
import { CriterionScoreRef } from '../criterion-score.ts';
import type { FigureOwner } from '../figure.ts';
import { InspectionRef } from '../inspection/type.ts';

type OwnedScore = NationalPictureArea['criterionScores'][number] & { owner: FigureOwner };
const ownedScores = new WeakMap<NationalPictureArea, Promise<OwnedScore[]>>();

export const NationalPictureAreaRef = builder.objectRef<NationalPictureArea>('NationalPictureArea').implement({
  description: "One area's latest published inspection on the framework, with its criterion scores.",
  fields: (t) => ({
    area: t.field({ type: AreaRef, resolve: (row) => row.area }),
    inspection: t.field({
      type: InspectionRef,
      nullable: true,
      description: 'Null when the area has no published inspection on the framework.',
      resolve: (row) => row.inspection,
    }),
    basis: t.field({
      type: ComparisonBasisRef,
      nullable: true,
      description: "What the inspection's scores can be compared with; null when none is published.",
      resolve: (row) => row.basis,
    }),
    criterionScores: t.field({
      type: [CriterionScoreRef],
      resolve: (row, _args, ctx) => {
        // The picture is kept between requests, and so are its rows' scores with their owner, made once per row.
        let owned = ownedScores.get(row);
        if (!owned) {
          const inspection = row.inspection;
          owned = inspection
            ? ctx.frameworks.definition(inspection.frameworkId).then((framework) => {
                const owner = { inspectionId: inspection.id, framework };
                return row.criterionScores.map((score) => ({ ...score, owner }));
              })
            : Promise.resolve([]);
          ownedScores.set(row, owned);
          owned.catch(() => ownedScores.delete(row));
        }
        return owned;
      },
    }),
  }),
});
