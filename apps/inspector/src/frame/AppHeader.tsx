// The GOV.UK header: the service's name and, once someone is signed in, their menu (home, the pages their role
// opens, their account, and signing out).
import { NavigationMenu } from '@scrutiny/ui';
import { Link } from '../routing/router.tsx';
import { RETENTION_ROLES } from '../admin/PersonalDataPage.tsx';
import type { Viewer } from './viewer.ts';

const PROGRAMME_ROLES: readonly string[] = [
  'INSPECTOR',
  'CHIEF_INSPECTOR',
  'INFORMATION_MANAGER',
  'ADMIN_OFFICER',
  'ADMINISTRATOR',
];

export function AppHeader({ viewer, path, onSignOut }: { viewer: Viewer | null; path: string; onSignOut: () => void }) {
  return (
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
            {viewer ? <AccountMenu viewer={viewer} path={path} onSignOut={onSignOut} /> : null}
          </div>
        </div>
      </section>
    </header>
  );
}

function AccountMenu({ viewer, path, onSignOut }: { viewer: Viewer; path: string; onSignOut: () => void }) {
  return (
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
      {viewer.role === 'ADMINISTRATOR' ? <MenuLink to="/admin/api-tokens">API tokens</MenuLink> : null}
      {PROGRAMME_ROLES.includes(viewer.role) ? <MenuLink to="/programme">Programme</MenuLink> : null}
      {RETENTION_ROLES.includes(viewer.role) ? <MenuLink to="/admin/personal-data">Personal data held</MenuLink> : null}
      {viewer.role === 'INFORMATION_MANAGER' ? (
        <MenuLink to="/personal-data/subject-access">Subject access request</MenuLink>
      ) : null}
      {viewer.role === 'ADMINISTRATOR' ? <MenuLink to="/admin/frameworks">Frameworks</MenuLink> : null}
      <MenuLink to="/account">Your account</MenuLink>
      <li className="govuk-service-navigation__item">
        <span className="govuk-body-s govuk-!-margin-0">Signed in as {viewer.name}</span>
      </li>
      <li className="govuk-service-navigation__item">
        <button type="button" className="app-link-button govuk-service-navigation__link" onClick={onSignOut}>
          Sign out
        </button>
      </li>
    </NavigationMenu>
  );
}

function MenuLink({ to, children }: { to: string; children: string }) {
  return (
    <li className="govuk-service-navigation__item">
      <Link className="govuk-service-navigation__link" to={to}>
        {children}
      </Link>
    </li>
  );
}
