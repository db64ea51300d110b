// The app's frame (GOV.UK header, skip link, unsent-answers banner) and the choice of page: its parts are in frame/
// (the header and its account menu, the page for each address, the pages loaded on first use, signing out).
import { Suspense, useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { saveQueue } from './app-client.ts';
import { ViewerQuery } from './documents.ts';
import { SaveQueueBanner } from './components/SaveQueueBanner.tsx';
import { SignOutWarning } from './components/SignOutWarning.tsx';
import { UpdateBanner } from './components/UpdateBanner.tsx';
import { useSaveQueue } from './components/use-save-queue.ts';
import { SignInPage } from './pages/SignInPage.tsx';
import { SetPasswordPage } from './pages/SetPasswordPage.tsx';
import { AccountPage } from './pages/AccountPage.tsx';
import { usePath } from './routing/router.tsx';
import { matchRoute } from './routing/routes.ts';
import { AppHeader } from './frame/AppHeader.tsx';
import { RoutedPage } from './frame/RoutedPage.tsx';
import { useSignOut } from './frame/use-sign-out.ts';

export function App() {
  const [viewerResult, refetchViewer] = useQuery({ query: ViewerQuery, requestPolicy: 'cache-and-network' });
  const path = usePath();
  const route = matchRoute(path);
  const viewer = viewerResult.data?.viewer ?? null;
  const queue = useSaveQueue();
  const reloadViewer = () => refetchViewer({ requestPolicy: 'network-only' });

  // The save queue is the signed-in person's own: anyone else's answers stay on the device, unsent, until they
  // sign in again.
  const known = viewerResult.data !== undefined;
  const viewerId = viewer?.id ?? null;
  useEffect(() => {
    if (known) saveQueue.setUser(viewerId);
  }, [known, viewerId]);
  const signOut = useSignOut({ viewerId, unsent: queue.state.entries.length, reloadViewer });

  // A new page is announced by moving focus to its main content, as a full page load would; the first page is
  // a real load, which starts at the top of the document as usual.
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main-content')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);

  let content;
  if (viewerResult.fetching && !viewerResult.data) content = <p className="govuk-body">Loading…</p>;
  else if (!viewer && viewerResult.error?.networkError)
    content = (
      <>
        <h1 className="govuk-heading-l">Scrutiny cannot be reached</h1>
        <p className="govuk-body">
          Check your connection. Answers you give are kept on this device until they are saved.
        </p>
        <button type="button" className="govuk-button" onClick={reloadViewer}>
          Try again
        </button>
      </>
    );
  // A one-time link sets a password whoever is signed in on this browser: it signs its own person in.
  else if (route.page === 'set-password') content = <SetPasswordPage onSignedIn={reloadViewer} />;
  else if (!viewer) content = <SignInPage onSignedIn={reloadViewer} />;
  else if (viewer.twoFactorEnrolmentRequired || route.page === 'account')
    content = <AccountPage viewer={viewer} onEnabled={reloadViewer} />;
  else if (signOut.confirmSignOut)
    content = (
      <SignOutWarning
        unsent={queue.state.entries.length}
        onWait={signOut.onWait}
        onSignOut={() => void signOut.signOutNow()}
      />
    );
  else content = <RoutedPage route={route} viewer={viewer} />;

  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <AppHeader viewer={viewer} path={path} onSignOut={() => void signOut.onSignOut()} />
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
