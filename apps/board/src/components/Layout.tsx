import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { SignOutMutation } from '../queries.ts';
import { useViewer } from '../viewer.ts';
import { NavigationMenu } from '@scrutiny/ui';

/**
 * After a move to another page (not the first load, which starts at the top as any page load does): once the new
 * page's main heading is there, focus moves to it and a live region says which page this is, as a full page load
 * would tell a screen reader.
 */
function usePageChangeAnnouncement(pathname: string): string {
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frame = 0;
    const started = performance.now();
    const look = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
        window.scrollTo(0, 0);
        setAnnouncement(heading.innerText.trim());
        return;
      }
      // Pages show their heading once their data has come; give up after a few seconds.
      if (performance.now() - started < 5000) frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return announcement;
}

/** The GOV.UK page template: skip link, header with the service navigation, main content, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { viewer } = useViewer();
  const location = useLocation();
  const [, signOut] = useMutation(SignOutMutation);
  const announcement = usePageChangeAnnouncement(location.pathname);
  const links: { to: string; label: string }[] = [{ to: '/', label: 'Published inspections' }];
  if (viewer?.area) {
    links.push({ to: '/area', label: 'Your area' }, { to: '/area/recommendations', label: 'Recommendations' });
  }
  const onSignOut = async () => {
    await signOut({});
    // A full load drops every cached figure of the signed-in user.
    window.location.assign('/');
  };
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-generic-header" role="banner">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link to="/" className="govuk-generic-header__homepage-link board-header__name">
              Scrutiny
            </Link>
          </div>
        </div>
      </header>
      <section className="govuk-service-navigation" aria-label="Service information">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to="/" className="govuk-service-navigation__link">
                Probation inspection reports
              </Link>
            </span>
            <NavigationMenu label="Menu" closeOn={location.pathname}>
              {links.map((link) => {
                const active = location.pathname === link.to;
                return (
                  <li
                    key={link.to}
                    className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={link.to}
                      aria-current={active ? 'page' : undefined}
                    >
                      {link.label}
                    </Link>
                  </li>
                );
              })}
              <li className="govuk-service-navigation__item">
                {viewer ? (
                  <button
                    type="button"
                    className="govuk-service-navigation__link board-link-button"
                    onClick={onSignOut}
                  >
                    Sign out<span className="govuk-visually-hidden"> {viewer.name}</span>
                  </button>
                ) : (
                  <Link className="govuk-service-navigation__link" to="/sign-in">
                    Sign in
                  </Link>
                )}
              </li>
            </NavigationMenu>
          </div>
        </div>
      </section>
      <div
        className="govuk-visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="page-announcement"
      >
        {announcement}
      </div>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s">
                Scrutiny: published inspection results, also available to anyone through the public GraphQL API at{' '}
                <code>/graphql</code>.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
