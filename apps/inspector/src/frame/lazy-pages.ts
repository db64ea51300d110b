// Pages an inspector opens at one stage of the work: loaded when first opened, so that the first load stays small
// (the assessor's case files and the home page come with the app).
import { lazy } from 'react';

export const CreateInspectionPage = lazy(() =>
  import('../planning/CreateInspectionPage.tsx').then((m) => ({ default: m.CreateInspectionPage })),
);
export const OffenderInterviewsPage = lazy(() =>
  import('../planning/OffenderInterviewsPage.tsx').then((m) => ({ default: m.OffenderInterviewsPage })),
);
export const PlanPage = lazy(() => import('../planning/PlanPage.tsx').then((m) => ({ default: m.PlanPage })));
export const CaseFileValidationPage = lazy(() =>
  import('../validation/CaseFileValidationPage.tsx').then((m) => ({ default: m.CaseFileValidationPage })),
);
export const ValidationOverviewPage = lazy(() =>
  import('../validation/ValidationOverviewPage.tsx').then((m) => ({ default: m.ValidationOverviewPage })),
);
export const ScoresPage = lazy(() => import('../scores/ScoresPage.tsx').then((m) => ({ default: m.ScoresPage })));
export const ApiTokensPage = lazy(() =>
  import('../admin/api-tokens/ApiTokensPage.tsx').then((m) => ({ default: m.ApiTokensPage })),
);
export const ErasePersonalDataPage = lazy(() =>
  import('../admin/ErasePersonalDataPage.tsx').then((m) => ({ default: m.ErasePersonalDataPage })),
);
export const SubjectAccessPage = lazy(() =>
  import('../admin/SubjectAccessPage.tsx').then((m) => ({ default: m.SubjectAccessPage })),
);
export const CriterionFindingsPage = lazy(() =>
  import('../writing/CriterionFindingsPage.tsx').then((m) => ({ default: m.CriterionFindingsPage })),
);
export const DraftReportPage = lazy(() =>
  import('../writing/DraftReportPage.tsx').then((m) => ({ default: m.DraftReportPage })),
);
export const EvidencePage = lazy(() =>
  import('../writing/EvidencePage.tsx').then((m) => ({ default: m.EvidencePage })),
);
export const FindingsPage = lazy(() =>
  import('../writing/FindingsPage.tsx').then((m) => ({ default: m.FindingsPage })),
);
export const ReportPreviewPage = lazy(() =>
  import('../writing/ReportPreviewPage.tsx').then((m) => ({ default: m.ReportPreviewPage })),
);
export const SamplePage = lazy(() => import('../pages/SamplePage.tsx').then((m) => ({ default: m.SamplePage })));
export const CheckAnswersPage = lazy(() =>
  import('../confirm/CheckAnswersPage.tsx').then((m) => ({ default: m.CheckAnswersPage })),
);
export const ConfirmStagePage = lazy(() =>
  import('../confirm/ConfirmStagePage.tsx').then((m) => ({ default: m.ConfirmStagePage })),
);
export const MoveBackPage = lazy(() =>
  import('../confirm/MoveBackPage.tsx').then((m) => ({ default: m.MoveBackPage })),
);
// Read now and then, by few: loaded when first opened, not with the app.
export const AuditLogPage = lazy(() => import('../audit/AuditLogPage.tsx').then((m) => ({ default: m.AuditLogPage })));
// Administrators only: loaded on first use.
export const FrameworksPage = lazy(() =>
  import('../admin/FrameworksPage.tsx').then((module) => ({ default: module.FrameworksPage })),
);
