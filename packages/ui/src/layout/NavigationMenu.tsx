// GOV.UK service navigation's list of links: on a wide screen always shown; on a narrow one behind a "Menu" button,
// closed again whenever `closeOn` (the page's path) changes. Its children are the list's items.
import { useEffect, useState, type ReactNode } from 'react';
import { useWideScreen } from './use-wide-screen.ts';

export function NavigationMenu({ label, closeOn, children }: { label: string; closeOn: string; children: ReactNode }) {
  const wide = useWideScreen();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [closeOn]);
  return (
    <nav aria-label={label} className="govuk-service-navigation__wrapper">
      <button
        type="button"
        className="govuk-service-navigation__toggle"
        aria-controls="navigation"
        aria-expanded={menuOpen}
        hidden={wide}
        onClick={() => setMenuOpen((open) => !open)}
      >
        Menu
      </button>
      <ul className="govuk-service-navigation__list" id="navigation" hidden={!wide && !menuOpen}>
        {children}
      </ul>
    </nav>
  );
}
