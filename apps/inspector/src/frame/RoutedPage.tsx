// The page a signed-in person sees at an address: the route's page, with what it needs of the person.
import { Suspense } from 'react';
import { SyncPage } from '../pages/SyncPage.tsx';
import { CaseFilePage } from '../pages/CaseFilePage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { InspectionPage } from '../pages/InspectionPage.tsx';
import { AreasPage } from '../admin/AreasPage.tsx';
import { PeoplePage } from '../admin/PeoplePage.tsx';
import { ProgrammePage } from '../planning/ProgrammePage.tsx';
import { AdminHome } from '../admin/AdminHome.tsx';
import { PersonalDataPage } from '../admin/PersonalDataPage.tsx';
import type { Route } from '../routing/routes.ts';
import { isStageStep } from '../confirm/stages.ts';
import type { Viewer } from './viewer.ts';
import {
  ApiTokensPage,
  AuditLogPage,
  CaseFileValidationPage,
  CheckAnswersPage,
  ConfirmStagePage,
  CreateInspectionPage,
  CriterionFindingsPage,
  DraftReportPage,
  ErasePersonalDataPage,
  EvidencePage,
  FindingsPage,
  FrameworksPage,
  MoveBackPage,
  OffenderInterviewsPage,
  PlanPage,
  ReportPreviewPage,
  SamplePage,
  ScoresPage,
  SubjectAccessPage,
  ValidationOverviewPage,
} from './lazy-pages.ts';

export function RoutedPage({ route, viewer }: { route: Route; viewer: Viewer }) {
  if (route.page === 'sync') return <SyncPage />;
  if (route.page === 'home' && viewer.role === 'ADMINISTRATOR') return <AdminHome />;
  if (route.page === 'home') return <HomePage viewer={viewer} />;
  if (route.page === 'case-file')
    // Keyed by file: its drafts and pending saves belong to that file alone.
    return <CaseFilePage key={route.id} id={route.id} viewer={viewer} />;
  if (route.page === 'inspection') return <InspectionPage id={route.id} />;
  if (route.page === 'sample') return <SamplePage id={route.id} />;
  if (route.page === 'create-inspection') return <CreateInspectionPage />;
  if (route.page === 'plan') return <PlanPage id={route.id} />;
  if (route.page === 'offender-interviews') return <OffenderInterviewsPage id={route.id} />;
  if (route.page === 'inspection-validation') return <ValidationOverviewPage id={route.id} />;
  if (route.page === 'case-file-validation') return <CaseFileValidationPage id={route.id} viewer={viewer} />;
  if (route.page === 'scores') return <ScoresPage id={route.id} />;
  if (route.page === 'audit-log')
    return (
      <Suspense fallback={<p className="govuk-body">Loading…</p>}>
        <AuditLogPage id={route.id} />
      </Suspense>
    );
  if (route.page === 'evidence') return <EvidencePage id={route.id} viewer={viewer} />;
  if (route.page === 'findings') return <FindingsPage id={route.id} />;
  if (route.page === 'criterion-findings')
    return <CriterionFindingsPage key={route.code} id={route.id} code={route.code} />;
  if (route.page === 'report') return <DraftReportPage id={route.id} />;
  if (route.page === 'report-preview') return <ReportPreviewPage id={route.id} />;
  if (route.page === 'check-answers') return <CheckAnswersPage key={route.id} id={route.id} />;
  if (route.page === 'confirm-stage' && isStageStep(route.step))
    return <ConfirmStagePage key={`${route.id}-${route.step}`} id={route.id} step={route.step} />;
  if (route.page === 'move-back') return <MoveBackPage key={route.id} id={route.id} />;
  if (route.page === 'api-tokens') return <ApiTokensPage viewer={viewer} />;
  if (route.page === 'areas') return <AreasPage viewer={viewer} />;
  if (route.page === 'people') return <PeoplePage viewer={viewer} />;
  if (route.page === 'programme') return <ProgrammePage mayPlan={viewer.mayPlanInspections} />;
  if (route.page === 'personal-data') return <PersonalDataPage viewer={viewer} />;
  if (route.page === 'erase-personal-data') return <ErasePersonalDataPage id={route.id} viewer={viewer} />;
  if (route.page === 'subject-access') return <SubjectAccessPage viewer={viewer} />;
  if (route.page === 'frameworks')
    return (
      <Suspense fallback={<p className="govuk-body">Loading…</p>}>
        <FrameworksPage viewer={viewer} />
      </Suspense>
    );
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
    </>
  );
}
