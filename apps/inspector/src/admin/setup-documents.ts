// The administrators' documents for setting an inspectorate up (issue 12): areas, comparison groups, the area CSV
// import, people and their roles; and the one-time link page anyone opens to set a password.
import { graphql, InvalidInputProblemsFragment, RefusalFragment } from '@scrutiny/graphql-client';

export const AreasAdminQuery = graphql(`
  query AreasAdmin {
    areas {
      id
      code
      name
      region
      size
      density
      retired
      comparisonGroup {
        id
        name
      }
    }
    comparisonGroups {
      id
      key
      name
      description
      retired
    }
  }
`);

export const CreateAreaMutation = graphql(
  `
    mutation CreateArea($input: MutationCreateAreaInput!) {
      createArea(input: $input) {
        __typename
        ... on MutationCreateAreaSuccess {
          data {
            id
            code
            name
          }
        }
        ... on AlreadyExistsError {
          field
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const UpdateAreaMutation = graphql(
  `
    mutation UpdateArea($input: MutationUpdateAreaInput!) {
      updateArea(input: $input) {
        __typename
        ... on MutationUpdateAreaSuccess {
          data {
            id
            code
            name
            region
            size
            density
            comparisonGroup {
              id
              name
            }
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const SetAreaRetiredMutation = graphql(
  `
    mutation SetAreaRetired($input: MutationSetAreaRetiredInput!) {
      setAreaRetired(input: $input) {
        __typename
        ... on MutationSetAreaRetiredSuccess {
          data {
            id
            retired
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const UpdateComparisonGroupMutation = graphql(
  `
    mutation UpdateComparisonGroup($input: MutationUpdateComparisonGroupInput!) {
      updateComparisonGroup(input: $input) {
        __typename
        ... on MutationUpdateComparisonGroupSuccess {
          data {
            id
            name
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const SetComparisonGroupRetiredMutation = graphql(
  `
    mutation SetComparisonGroupRetired($input: MutationSetComparisonGroupRetiredInput!) {
      setComparisonGroupRetired(input: $input) {
        __typename
        ... on MutationSetComparisonGroupRetiredSuccess {
          data {
            id
            retired
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const CreateComparisonGroupMutation = graphql(
  `
    mutation CreateComparisonGroup($input: MutationCreateComparisonGroupInput!) {
      createComparisonGroup(input: $input) {
        __typename
        ... on MutationCreateComparisonGroupSuccess {
          data {
            id
            key
            name
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const PreviewAreaImportMutation = graphql(
  `
    mutation PreviewAreaImport($input: MutationPreviewAreaImportInput!) {
      previewAreaImport(input: $input) {
        __typename
        ... on MutationPreviewAreaImportSuccess {
          data {
            fileProblems
            rows {
              line
              code
              name
              fate
              problems
            }
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const ImportAreasMutation = graphql(
  `
    mutation ImportAreas($input: MutationImportAreasInput!) {
      importAreas(input: $input) {
        __typename
        ... on MutationImportAreasSuccess {
          data {
            rows {
              line
              code
              fate
            }
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const PeopleQuery = graphql(`
  query People {
    people {
      id
      name
      email
      role
      active
      invitationPending
      twoFactorEnabled
      area {
        id
        name
      }
    }
    areas {
      id
      code
      name
      retired
    }
  }
`);

export const InvitePersonMutation = graphql(
  `
    mutation InvitePerson($input: MutationInvitePersonInput!) {
      invitePerson(input: $input) {
        __typename
        ... on MutationInvitePersonSuccess {
          data {
            url
            emailed
            expiresAt
            person {
              id
              name
            }
          }
        }
        ... on AlreadyExistsError {
          field
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const ChangePersonRoleMutation = graphql(
  `
    mutation ChangePersonRole($input: MutationChangePersonRoleInput!) {
      changePersonRole(input: $input) {
        __typename
        ... on MutationChangePersonRoleSuccess {
          data {
            id
            role
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const DeactivatePersonMutation = graphql(
  `
    mutation DeactivatePerson($input: MutationDeactivatePersonInput!) {
      deactivatePerson(input: $input) {
        __typename
        ... on MutationDeactivatePersonSuccess {
          data {
            id
            active
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const ReactivatePersonMutation = graphql(
  `
    mutation ReactivatePerson($input: MutationReactivatePersonInput!) {
      reactivatePerson(input: $input) {
        __typename
        ... on MutationReactivatePersonSuccess {
          data {
            id
            active
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const IssuePasswordResetMutation = graphql(
  `
    mutation IssuePasswordReset($input: MutationIssuePasswordResetInput!) {
      issuePasswordReset(input: $input) {
        __typename
        ... on MutationIssuePasswordResetSuccess {
          data {
            url
            emailed
            person {
              id
              name
            }
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const ResetPersonTwoFactorMutation = graphql(
  `
    mutation ResetPersonTwoFactor($input: MutationResetTwoFactorInput!) {
      resetTwoFactor(input: $input) {
        __typename
        ... on MutationResetTwoFactorSuccess {
          data {
            id
            twoFactorEnabled
          }
        }
        ...Refusal
      }
    }
  `,
  [RefusalFragment],
);

export const AccountLinkQuery = graphql(`
  query AccountLink($token: String!) {
    accountLink(token: $token) {
      purpose
      name
      email
    }
  }
`);

export const SetPasswordWithLinkMutation = graphql(
  `
    mutation SetPasswordWithLink($input: MutationSetPasswordWithLinkInput!) {
      setPasswordWithLink(input: $input) {
        __typename
        ... on MutationSetPasswordWithLinkSuccess {
          data {
            id
            name
          }
        }
        ...InvalidInputProblems
        ...Refusal
      }
    }
  `,
  [InvalidInputProblemsFragment, RefusalFragment],
);

export const ProgrammeQuery = graphql(`
  query Programme($year: Int!) {
    programme(year: $year) {
      year
      areas {
        area {
          id
          code
          name
          comparisonGroup {
            id
            name
          }
        }
        standing
        lastInspectedYear
        followUp {
          standing
          dueYear
          inspection {
            id
            title
            year
          }
        }
        sharesYearWith {
          id
          name
        }
      }
      inspections {
        id
        title
        kind
        status
        year
        quarter
        fieldworkStart
        fieldworkEnd
        area {
          id
          name
        }
        lead {
          id
          name
        }
      }
    }
  }
`);
