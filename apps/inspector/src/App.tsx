// The app's frame (GOV.UK header, skip link, unsent-answers banner) and the choice of page.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { offline, saveQueue } from './app-client.ts';
import { SignOutMutation, ViewerQuery } from './documents.ts';
import { forgetOfflineCopy } from './offline/make-available.ts';
import { SaveQueueBanner } from './components/SaveQueueBanner.tsx';
import { SignOutWarning } from './components/SignOutWarning.tsx';
import { UpdateBanner } from './components/UpdateBanner.tsx';
import { useSaveQueue } from './components/use-save-queue.ts';
import { SyncPage } from './pages/SyncPage.tsx';
import { NavigationMenu } from '@scrutiny/ui';
import { CaseFilePage } from './pages/CaseFilePage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { InspectionPage } from './pages/InspectionPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SetPasswordPage } from './pages/SetPasswordPage.tsx';
import { AreasPage } from './admin/AreasPage.tsx';
import { PeoplePage } from './admin/PeoplePage.tsx';
import { ProgrammePage } from './planning/ProgrammePage.tsx';
import { AccountPage } from './pages/AccountPage.tsx';
import { AdminHome } from './admin/AdminHome.tsx';
import { PersonalDataPage, RETENTION_ROLES } from './admin/PersonalDataPage.tsx';
import { Link, navigate, usePath } from './routing/router.tsx';
import { matchRoute } from './routing/routes.ts';
import { isStageStep } from './confirm/stages.ts';

const PROGRAMME_ROLES: readonly string[] = [
  'INSPECTOR',
  'CHIEF_INSPECTOR',
  'INFORMATION_MANAGER',
  'ADMIN_OFFICER',
  'ADMINISTRATOR',
];

// Pages an inspector opens at one stage of the work: loaded when first opened, so that the first load stays small
// (the assessor's case files and the home page come with the app).
const CreateInspectionPage = lazy(() =>
  import('./planning/CreateInspectionPage.tsx').then((m) => ({ default: m.CreateInspectionPage })),
);
const OffenderInterviewsPage = lazy(() =>
  import('./planning/OffenderInterviewsPage.tsx').then((m) => ({ default: m.OffenderInterviewsPage })),
);
const PlanPage = lazy(() => import('./planning/PlanPage.tsx').then((m) => ({ default: m.PlanPage })));
const CaseFileValidationPage = lazy(() =>
  import('./validation/CaseFileValidationPage.tsx').then((m) => ({ default: m.CaseFileValidationPage })),
);
const ValidationOverviewPage = lazy(() =>
  import('./validation/ValidationOverviewPage.tsx').then((m) => ({ default: m.ValidationOverviewPage })),
);
const ScoresPage = lazy(() => import('./scores/ScoresPage.tsx').then((m) => ({ default: m.ScoresPage })));
const ApiTokensPage = lazy(() =>
  import('./admin/api-tokens/ApiTokensPage.tsx').then((m) => ({ default: m.ApiTokensPage })),
);
const ErasePersonalDataPage = lazy(() =>
  import('./admin/ErasePersonalDataPage.tsx').then((m) => ({ default: m.ErasePersonalDataPage })),
);
const SubjectAccessPage = lazy(() =>
  import('./admin/SubjectAccessPage.tsx').then((m) => ({ default: m.SubjectAccessPage })),
);
const CriterionFindingsPage = lazy(() =>
  import('./writing/CriterionFindingsPage.tsx').then((m) => ({ default: m.CriterionFindingsPage })),
);
const DraftReportPage = lazy(() =>
  import('./writing/DraftReportPage.tsx').then((m) => ({ default: m.DraftReportPage })),
);
const EvidencePage = lazy(() => import('./writing/EvidencePage.tsx').then((m) => ({ default: m.EvidencePage })));
const FindingsPage = lazy(() => import('./writing/FindingsPage.tsx').then((m) => ({ default: m.FindingsPage })));
const ReportPreviewPage = lazy(() =>
  import('./writing/ReportPreviewPage.tsx').then((m) => ({ default: m.ReportPreviewPage })),
);
const SamplePage = lazy(() => import('./pages/SamplePage.tsx').then((m) => ({ default: m.SamplePage })));
const CheckAnswersPage = lazy(() =>
  import('./confirm/CheckAnswersPage.tsx').then((m) => ({ default: m.CheckAnswersPage })),
);
const ConfirmStagePage = lazy(() =>
  import('./confirm/ConfirmStagePage.tsx').then((m) => ({ default: m.ConfirmStagePage })),
);
const MoveBackPage = lazy(() => import('./confirm/MoveBackPage.tsx').then((m) => ({ default: m.MoveBackPage })));
// Read now and then, by few: loaded when first opened, not with the app.
const AuditLogPage = lazy(() => import('./audit/AuditLogPage.tsx').then((m) => ({ default: m.AuditLogPage })));
// Administrators only: loaded on first use.
const FrameworksPage = lazy(() =>
  import('./admin/FrameworksPage.tsx').then((module) => ({ default: module.FrameworksPage })),
);

export function App() {
  const [viewerResult, refetchViewer] = useQuery({ query: ViewerQuery, requestPolicy: 'cache-and-network' });
  const [, signOut] = useMutation(SignOutMutation);
  const path = usePath();
  const route = matchRoute(path);
  const viewer = viewerResult.data?.viewer ?? null;
  const queue = useSaveQueue();
  const [confirmSignOut, setConfirmSignOut] = useState(false);

  // The save queue is the signed-in person's own: anyone else's answers stay on the device, unsent, until they
  // sign in again.
  const known = viewerResult.data !== undefined;
  const viewerId = viewer?.id ?? null;
  useEffect(() => {
    if (known) saveQueue.setUser(viewerId);
  }, [known, viewerId]);

  // A new page is announced by moving focus to its main content, as a full page load would; the first page is
  // a real load, which starts at the top of the document as usual.
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main-content')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);

  const onSignedIn = () => {
    refetchViewer({ requestPolicy: 'network-only' });
  };

  const signOutNow = async () => {
    setConfirmSignOut(false);
    await signOut({});
    // A shared device keeps none of the person's case files once they sign out; their unsent answers still wait.
    if (viewerId) forgetOfflineCopy(viewerId);
    await offline.forgetViewer();
    refetchViewer({ requestPolicy: 'network-only' });
    navigate('/');
  };

  // Signing out with answers not yet sent says so first: they would wait on this device until the next sign-in.
  const onSignOut = async () => {
    if (queue.state.entries.length > 0) setConfirmSignOut(true);
    else await signOutNow();
  };

  let content;
  if (viewerResult.fetching && !viewerResult.data) content = <p className="govuk-body">Loading…</p>;
  else if (!viewer && viewerResult.error?.networkError)
    content = (
      <>
        <h1 className="govuk-heading-l">Scrutiny cannot be reached</h1>
        <p className="govuk-body">
          Check your connection. Answers you give are kept on this device until they are saved.
        </p>
        <button type="button" className="govuk-button" onClick={() => refetchViewer({ requestPolicy: 'network-only' })}>
          Try again
        </button>
      </>
    );
  // A one-time link sets a password whoever is signed in on this browser: it signs its own person in.
  else if (route.page === 'set-password') content = <SetPasswordPage onSignedIn={onSignedIn} />;
  else if (!viewer) content = <SignInPage onSignedIn={onSignedIn} />;
  else if (viewer.twoFactorEnrolmentRequired || route.page === 'account')
    content = <AccountPage viewer={viewer} onEnabled={() => refetchViewer({ requestPolicy: 'network-only' })} />;
  else if (confirmSignOut)
    content = (
      <SignOutWarning
        unsent={queue.state.entries.length}
        onWait={() => {
          setConfirmSignOut(false);
          saveQueue.flushNow();
        }}
        onSignOut={() => void signOutNow()}
      />
    );
  else if (route.page === 'sync') content = <SyncPage />;
  else if (route.page === 'home' && viewer.role === 'ADMINISTRATOR') content = <AdminHome />;
  else if (route.page === 'home') content = <HomePage viewer={viewer} />;
  else if (route.page === 'case-file')
    // Keyed by file: its drafts and pending saves belong to that file alone.
    content = <CaseFilePage key={route.id} id={route.id} viewer={viewer} />;
  else if (route.page === 'inspection') content = <InspectionPage id={route.id} />;
  else if (route.page === 'sample') content = <SamplePage id={route.id} />;
  else if (route.page === 'create-inspection') content = <CreateInspectionPage />;
  else if (route.page === 'plan') content = <PlanPage id={route.id} />;
  else if (route.page === 'offender-interviews') content = <OffenderInterviewsPage id={route.id} />;
  else if (route.page === 'inspection-validation') content = <ValidationOverviewPage id={route.id} />;
  else if (route.page === 'case-file-validation') content = <CaseFileValidationPage id={route.id} viewer={viewer} />;
  else if (route.page === 'scores') content = <ScoresPage id={route.id} />;
  else if (route.page === 'audit-log')
    content = (
      <Suspense fallback={<p className="govuk-body">Loading…</p>}>
        <AuditLogPage id={route.id} />
      </Suspense>
    );
  else if (route.page === 'evidence') content = <EvidencePage id={route.id} viewer={viewer} />;
  else if (route.page === 'findings') content = <FindingsPage id={route.id} />;
  else if (route.page === 'criterion-findings')
    content = <CriterionFindingsPage key={route.code} id={route.id} code={route.code} />;
  else if (route.page === 'report') content = <DraftReportPage id={route.id} />;
  else if (route.page === 'report-preview') content = <ReportPreviewPage id={route.id} />;
  else if (route.page === 'check-answers') content = <CheckAnswersPage key={route.id} id={route.id} />;
  else if (route.page === 'confirm-stage' && isStageStep(route.step))
    content = <ConfirmStagePage key={`${route.id}-${route.step}`} id={route.id} step={route.step} />;
  else if (route.page === 'move-back') content = <MoveBackPage key={route.id} id={route.id} />;
  else if (route.page === 'api-tokens') content = <ApiTokensPage viewer={viewer} />;
  else if (route.page === 'areas') content = <AreasPage viewer={viewer} />;
  else if (route.page === 'people') content = <PeoplePage viewer={viewer} />;
  else if (route.page === 'programme') content = <ProgrammePage mayPlan={viewer.mayPlanInspections} />;
  else if (route.page === 'personal-data') content = <PersonalDataPage viewer={viewer} />;
  else if (route.page === 'erase-personal-data') content = <ErasePersonalDataPage id={route.id} viewer={viewer} />;
  else if (route.page === 'subject-access') content = <SubjectAccessPage viewer={viewer} />;
  else if (route.page === 'frameworks')
    content = (
      <Suspense fallback={<p className="govuk-body">Loading…</p>}>
        <FrameworksPage viewer={viewer} />
      </Suspense>
    );
  else
    content = (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
      </>
    );

  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header>
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <a href={import.meta.env.BASE_URL} className="govuk-generic-header__homepage-link">
                Scrutiny
              </a>
            </div>
          </div>
        </div>
        <section aria-label="Service information" className="govuk-service-navigation">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <span className="govuk-service-navigation__service-name">
                <span className="govuk-service-navigation__text">Inspection and assessment</span>
              </span>
              {viewer ? (
                <NavigationMenu label="Account" closeOn={path}>
                  <li className="govuk-service-navigation__item">
                    <a className="govuk-service-navigation__link" href={import.meta.env.BASE_URL}>
                      {viewer.role === 'AREA_ASSESSOR'
                        ? 'My case files'
                        : viewer.role === 'ADMINISTRATOR'
                          ? 'Administration'
                          : 'My inspections'}
                    </a>
                  </li>
                  {viewer.role === 'ADMINISTRATOR' ? (
                    <li className="govuk-service-navigation__item">
                      <Link className="govuk-service-navigation__link" to="/admin/api-tokens">
                        API tokens
                      </Link>
                    </li>
                  ) : null}
                  {PROGRAMME_ROLES.includes(viewer.role) ? (
                    <li className="govuk-service-navigation__item">
                      <Link className="govuk-service-navigation__link" to="/programme">
                        Programme
                      </Link>
                    </li>
                  ) : null}
                  {RETENTION_ROLES.includes(viewer.role) ? (
                    <li className="govuk-service-navigation__item">
                      <Link className="govuk-service-navigation__link" to="/admin/personal-data">
                        Personal data held
                      </Link>
                    </li>
                  ) : null}
                  {viewer.role === 'INFORMATION_MANAGER' ? (
                    <li className="govuk-service-navigation__item">
                      <Link className="govuk-service-navigation__link" to="/personal-data/subject-access">
                        Subject access request
                      </Link>
                    </li>
                  ) : null}
                  {viewer.role === 'ADMINISTRATOR' ? (
                    <li className="govuk-service-navigation__item">
                      <Link className="govuk-service-navigation__link" to="/admin/frameworks">
                        Frameworks
                      </Link>
                    </li>
                  ) : null}
                  <li className="govuk-service-navigation__item">
                    <Link className="govuk-service-navigation__link" to="/account">
                      Your account
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <span className="govuk-body-s govuk-!-margin-0">Signed in as {viewer.name}</span>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <button
                      type="button"
                      className="app-link-button govuk-service-navigation__link"
                      onClick={() => void onSignOut()}
                    >
                      Sign out
                    </button>
                  </li>
                </NavigationMenu>
              ) : null}
            </div>
          </div>
        </section>
      </header>
      <div className="govuk-width-container">
        <UpdateBanner />
        <SaveQueueBanner signedIn={viewer !== null} />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Suspense fallback={<p className="govuk-body">Loading…</p>}>{content}</Suspense>
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <p className="govuk-footer__meta-custom govuk-body-s">
            Scrutiny – case file assessment for inspectors and area assessors.
          </p>
        </div>
      </footer>
    </>
  );
}
