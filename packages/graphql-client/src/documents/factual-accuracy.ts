// A comment on a draft report, as both apps list them: the board where its members comment, the inspector's draft
// report where the team resolves them. Unmasked, as the report's fragments are (documents/report.ts).
import { graphql } from '../graphql.ts';

export const FactualAccuracyCommentFragment = graphql(`
  fragment FactualAccuracyCommentListed on FactualAccuracyComment @_unmask {
    id
    section
    text
    createdAt
    resolved
    resolvedAt
    author {
      id
      name
    }
  }
`);
