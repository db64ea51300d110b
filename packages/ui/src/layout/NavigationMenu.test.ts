import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../testing/chromium.ts';
import { mountInPage } from '../testing/mount.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

// A header with the menu; "Next page" changes the path the menu closes on.
const header = `
import { useState } from 'react';
import { NavigationMenu } from '../layout/NavigationMenu.tsx';
import { show } from './show.tsx';
function Header() {
  const [path, setPath] = useState('/');
  return (
    <div className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-service-navigation__container">
        <NavigationMenu label="Menu" closeOn={path}>
          <li className="govuk-service-navigation__item">
            <a className="govuk-service-navigation__link" href="#area">Your area</a>
          </li>
          <li className="govuk-service-navigation__item">
            <button type="button" className="govuk-service-navigation__link" onClick={() => setPath('/next')}>Next page</button>
          </li>
        </NavigationMenu>
      </div>
    </div>
  );
}
show(<Header />);
`;

describe('the navigation menu', () => {
  it('on a phone, sits behind a Menu button that opens it, and closes when the page changes', async () => {
    const page = await mountInPage(browser, header, 390);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    const toggle = menu.getByRole('button', { name: 'Menu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getByRole('link', { name: 'Your area' }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByRole('link', { name: 'Your area' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await menu.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getByRole('link', { name: 'Your area' }).isVisible()).toBe(false);
  });

  it('on a wide screen, shows every link and no Menu button', async () => {
    const page = await mountInPage(browser, header, 1024);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    expect(await menu.getByRole('link', { name: 'Your area' }).isVisible()).toBe(true);
    expect(await menu.getByRole('button', { name: 'Menu' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
