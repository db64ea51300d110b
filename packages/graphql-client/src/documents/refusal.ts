// What a mutation's payload says when the API refuses: every payload union of both apps holds the API's typed errors,
// and the apps read them the same way (the inspector's `problemOf`, the board's forms). Unmasked, as the report's
// fragments are (documents/report.ts): a page reads the refusal straight from the payload.
import { graphql } from '../graphql.ts';

/** Any refusal: its stable code and the words to show. */
export const RefusalFragment = graphql(`
  fragment Refusal on Error @_unmask {
    code
    message
  }
`);

/** Input the API refused, field by field: what a form marks beside each field. */
export const InvalidInputProblemsFragment = graphql(`
  fragment InvalidInputProblems on InvalidInputError @_unmask {
    problems {
      path
      message
    }
  }
`);
