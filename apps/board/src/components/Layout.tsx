import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { SignOutMutation } from '../queries.ts';
import { useViewer } from '../viewer.ts';

/** The GOV.UK page template: skip link, header with the service navigation, main content, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { viewer } = useViewer();
  const location = useLocation();
  const [, signOut] = useMutation(SignOutMutation);
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
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
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
              </ul>
            </nav>
          </div>
        </div>
      </section>
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
