import type { Browser, Page } from 'playwright-core';
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

// A sign-in page as both apps make it: the summary above the heading, the form below. The pretend API takes
// "right" as the password, and asks pat@example.org for a code, taking "123456".
const signInPage = `
import { useState } from 'react';
import { ErrorSummary } from '../forms/ErrorSummary.tsx';
import { SignInForm, useSignInForm } from '../forms/SignInForm.tsx';
import { show } from './show.tsx';

function Page() {
  const [signedIn, setSignedIn] = useState('');
  const [sent, setSent] = useState<string[]>([]);
  const form = useSignInForm(async (c) => {
    setSent((all) => [...all, JSON.stringify(c)]);
    if (c.password !== 'right') return { signedIn: false, message: 'Your email address or password is wrong' };
    if (c.email === 'pat@example.org' && c.code !== '123456')
      return { signedIn: false, codeNeeded: true, message: 'Enter the code from your authenticator app' };
    return { signedIn: true };
  }, () => setSignedIn('Signed in'));
  return (
    <div>
      <ErrorSummary problems={form.problems} />
      <h2 className="govuk-heading-l">Sign in</h2>
      <SignInForm form={form} emailAutoComplete="username" />
      <p id="outcome">{signedIn}</p>
      <ol id="sent">{sent.map((s, i) => <li key={i}>{s}</li>)}</ol>
    </div>
  );
}
show(<Page />);
`;

async function submit(page: Page, email: string, password: string) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the sign-in form', () => {
  it('asks for both fields before sending, then shows a refusal in the summary and at the email address', async () => {
    const page = await mountInPage(browser, signInPage);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Enter your email address and password').waitFor();
    expect(await page.locator('#sent li').count()).toBe(0);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.locator('a').getAttribute('href')).toBe('#email');
    expect(await page.locator('#email').getAttribute('aria-describedby')).toBe('email-error');
    expect(await page.locator('#email').getAttribute('autocomplete')).toBe('username');

    await submit(page, ' sam@example.org ', 'wrong');
    await page.locator('#email-error').getByText('Your email address or password is wrong').waitFor();
    expect(await page.locator('#sent li').allInnerTexts()).toEqual(['{"email":"sam@example.org","password":"wrong"}']);
    expect(await axeViolations(page)).toEqual([]);

    await submit(page, 'sam@example.org', 'right');
    await page.locator('#outcome').getByText('Signed in').waitFor();
  });

  it('asks for a code when the account needs one, without calling that a problem, and sends it with the password', async () => {
    const page = await mountInPage(browser, signInPage);
    await submit(page, 'pat@example.org', 'right');
    await page.getByLabel('Code from your authenticator app').waitFor();
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    expect(await page.getByLabel('Code from your authenticator app').getAttribute('aria-describedby')).toBe(
      'code-hint',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Code from your authenticator app').fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter the code from your authenticator app').waitFor();

    await page.getByLabel('Code from your authenticator app').fill(' 123456 ');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#outcome').getByText('Signed in').waitFor();
    expect((await page.locator('#sent li').allInnerTexts()).at(-1)).toBe(
      '{"email":"pat@example.org","password":"right","code":"123456"}',
    );
  });
});
