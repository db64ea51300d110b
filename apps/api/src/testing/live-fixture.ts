// What the live-update tests share: the progress subscription the inspector app's scores page runs, and the demo's
// open inspection with a case file assigned to an assessor, who may save answers to it.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import type { TestApi } from './harness.ts';

export const PROGRESS = /* GraphQL */ `
  subscription ($id: ID!) {
    inspectionProgress(inspectionId: $id) {
      id
      status
      progress {
        answered
      }
      criterionScores(subsample: "ALL") {
        code
        met
        applicable
      }
    }
  }
`;
export type ProgressEvent = {
  inspectionProgress: {
    id: string;
    status: string;
    progress: { answered: number } | null;
    criterionScores: { code: string; met: number | null; applicable: number | null }[];
  };
};

export interface OpenInspection {
  inspectionId: string;
  caseFileId: string;
  /** Session cookies: the assistant chief inspector, and the assessor the file is assigned to. */
  chief: string;
  assessor: string;
}

/** The area's inspections with their case files and assessors: where an open inspection's assigned file is found. */
export const INSPECTIONS_WITH_FILES = `{ inspections(first: 10, areaCode: "WMPA") { edges { node { id status
  caseFiles(first: 100) { edges { node { id status assessor { email } } } } } } } }`;
export interface InspectionsWithFiles {
  inspections: {
    edges: {
      node: {
        id: string;
        status: string;
        caseFiles: { edges: { node: { id: string; status: string; assessor: { email: string | null } | null } }[] };
      };
    }[];
  };
}

/** The seeded inspection still being assessed, and one of its files that is assigned but not yet started. */
export function assignedFileOfOpenInspection(data: InspectionsWithFiles): {
  inspectionId: string;
  caseFileId: string;
  assessorEmail: string;
} {
  const open = data.inspections.edges.map((e) => e.node).find((n) => n.status !== 'PUBLISHED')!;
  const file = open.caseFiles.edges.map((e) => e.node).find((f) => f.assessor?.email && f.status === 'ASSIGNED')!;
  return { inspectionId: open.id, caseFileId: file.id, assessorEmail: file.assessor!.email! };
}

/** That file, with the chief inspector and the file's assessor signed in. */
export async function openInspectionWithAssignedFile(api: TestApi): Promise<OpenInspection> {
  const chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  const res = await api.gql<InspectionsWithFiles>(INSPECTIONS_WITH_FILES, {}, chief);
  const { inspectionId, caseFileId, assessorEmail } = assignedFileOfOpenInspection(res.data!);
  return { inspectionId, caseFileId, chief, assessor: await api.signIn(assessorEmail) };
}

/** Saves an answer over whatever version is current, as a client that has just read it would; the payload's type. */
export async function saveOverCurrent(
  api: TestApi,
  open: Pick<OpenInspection, 'caseFileId' | 'assessor'>,
  measureKey: string,
  value: string,
): Promise<string | undefined> {
  const read = await api.gql<{ caseFile: { answers: { measureKey: string; version: number }[] } }>(
    'query ($id: ID!) { caseFile(id: $id) { answers { measureKey version } } }',
    { id: open.caseFileId },
    open.assessor,
  );
  const current = read.data!.caseFile.answers.find((a) => a.measureKey === measureKey);
  const saved = await api.gql<{ saveAnswer: { __typename: string } }>(
    'mutation ($input: MutationSaveAnswerInput!) { saveAnswer(input: $input) { __typename } }',
    { input: { caseFileId: open.caseFileId, measureKey, value, expectedVersion: current?.version ?? null } },
    open.assessor,
  );
  return saved.data?.saveAnswer.__typename;
}

/** How many of the inspection's questions are answered now, as the chief inspector reads it. */
export async function answeredCount(
  api: TestApi,
  open: Pick<OpenInspection, 'inspectionId' | 'chief'>,
): Promise<number> {
  const res = await api.gql<{ inspection: { progress: { answered: number } } }>(
    'query ($id: ID!) { inspection(id: $id) { progress { answered } } }',
    { id: open.inspectionId },
    open.chief,
  );
  return res.data!.inspection.progress.answered;
}
