// What the empty-install journey does more than once: accept an invitation, set up two-factor sign-in, invite a
// colleague, answer every question of a case file.
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';

/** Each person's password, by who they are in the journey. */
export const PASSWORDS: Record<string, string> = {
  admin: 'Quartz lantern meadow 42',
  chief: 'Velvet harbour compass 77',
  assessor: 'Amber kettle orchard 19',
  board: 'Granite willow beacon 63',
};

/** Opens a one-time link in a browser of its own, sets the password and waits to be signed in. */
export async function openInvitation(browser: Browser, link: string, heading: string, who: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORDS[who]!);
  await page.getByLabel('Password again').fill(PASSWORDS[who]!);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await page
    .getByText(/^Signed in as /)
    .first()
    .waitFor();
  return page;
}

/** Production requires a second factor of every role but board members: set it up with an authenticator's code. */
export async function enrolTwoFactor(page: Page, who: string): Promise<string> {
  await page.getByText('Your role needs two-factor sign-in').waitFor();
  await page.getByLabel('Your password').fill(PASSWORDS[who]!);
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = (await page.locator('#totp-secret').innerText()).trim();
  await page
    .getByLabel('Code your app shows now')
    .fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() }));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.getByRole('heading', { name: 'Two-factor sign-in is on' }).waitFor();
  await page.getByRole('button', { name: 'I have kept my recovery codes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor({ state: 'detached' });
  return secret;
}

const ROLE_LABELS: Record<string, string> = {
  'Chief inspector': 'Chief inspector',
  'Area assessor': 'Area assessor (seconded from an area)',
  'Board member': 'Board member of an area',
};

/** Invites a person on the People page and returns the one-time link shown to pass on. */
export async function invite(page: Page, name: string, email: string, role: string, area?: string): Promise<string> {
  await page.getByLabel('Name').first().fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: ROLE_LABELS[role]! });
  if (area) await page.getByLabel('Area', { exact: true }).selectOption({ label: `${area} Probation Area` });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByRole('heading', { name: `${name} is invited` }).waitFor();
  return (await page.locator('#issued-link').innerText()).trim();
}

/** The questions that can still be answered: a fieldset of radios, enabled, none chosen. */
function unanswered(page: Page) {
  return page.locator('.app-question:has(fieldset:not([disabled]))').filter({ hasNot: page.locator('input:checked') });
}

/** Answers every question of the case file open on the page with its first answer (Yes), until none is left. */
export async function answerEveryQuestion(page: Page): Promise<void> {
  await unanswered(page).first().waitFor();
  for (let guard = 0; guard < 100 && (await unanswered(page).count()) > 0; guard++) {
    const key = await unanswered(page).first().getAttribute('data-question');
    const question = page.locator(`.app-question[data-question="${key}"]`);
    await question.locator('input[type=radio]').first().check();
    await question.locator('[id$="-status"]').getByText('Saved', { exact: true }).waitFor({ timeout: 20_000 });
  }
}
