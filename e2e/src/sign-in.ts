// The sign-in form both apps show (@scrutiny/ui's SignInForm): fill it in and send it, once for every test.
import type { Page } from 'playwright-core';

/** The demo people's password. */
export const DEMO_PASSWORD = 'scrutiny-demo';

/** Fills in the sign-in form on the page and presses its button; the caller waits for what should follow. */
export async function submitSignIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
