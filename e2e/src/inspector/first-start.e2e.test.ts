// Issue 12: from an empty install to a running programme, through the apps only. Scrutiny starts on an empty embedded
// database (no seed, no demo accounts) as `start:production --admin-email` does; the administrator opens the
// first-start link, sets a password, adds a comparison group and an area (renames, retires and restores them), and
// invites an inspector; the inspector, in a browser of their own, accepts, lands signed in and plans an inspection
// in the programme. Every page has zero axe violations and fits a 390 px wide screen. The server runs as in production (trusted documents only).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createApp, ensureFirstAdministrator, listen, readConfig } from '@scrutiny/api/testing';
import { axeViolations, launchChromium } from '../browser.ts';
import { expectNoAxeViolations } from './inspector-pages.ts';

const ADMIN_PASSWORD = 'Quartz lantern meadow 42';
const INSPECTOR_PASSWORD = 'Velvet harbour compass 77';

let browser: Browser;
let url: string;
let firstLink: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const config = {
    ...readConfig({
      SCRUTINY_DATA_DIR: mkdtempSync(join(tmpdir(), 'scrutiny-e2e-first-')),
      PORT: '0',
      SCRUTINY_LOG_LEVEL: 'warn',
      SCRUTINY_TRUSTED_DOCUMENTS: 'require',
    }),
    secureCookies: false,
  };
  const app = await createApp(config);
  const running = await listen(app, config);
  url = running.url;
  close = running.close;
  const first = await ensureFirstAdministrator(
    { prisma: app.db.prisma, sessions: app.services.sessions, mailer: null, baseUrl: url },
    'head.of.service@inspectorate.example',
  );
  if (!first.created) throw new Error('the first administrator was not created');
  firstLink = first.link.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await close?.();
});

/** The page fits a phone's width: nothing scrolls sideways but the tables' own scrolling regions. */
async function expectFitsNarrowScreen(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function setPassword(page: Page, link: string, password: string, heading: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expectNoAxeViolations(page, axeViolations);
  await expectFitsNarrowScreen(page);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
}

describe('the first start, through the apps', () => {
  it('sets up an area and a colleague, who plans an inspection in the programme', async () => {
    const admin = await (await browser.newContext()).newPage();
    await setPassword(admin, firstLink, ADMIN_PASSWORD, 'Set your password');
    await admin.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    // The link works once.
    const again = await (await browser.newContext()).newPage();
    await again.goto(firstLink);
    await again.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();

    // A comparison group and an area.
    await admin.getByRole('link', { name: 'Areas and comparison groups' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Areas and comparison groups' }).waitFor();
    await admin.getByText('There are no areas yet.').waitFor();
    await expectNoAxeViolations(admin, axeViolations);
    await expectFitsNarrowScreen(admin);
    await admin.getByLabel('Key').fill('metropolitan');
    await admin.getByLabel('Name', { exact: true }).nth(1).fill('Metropolitan areas');
    await admin.getByRole('button', { name: 'Add comparison group' }).click();
    await admin.getByText('The comparison group Metropolitan areas is added.').waitFor();
    // A missing code: the error summary names it.
    await admin.getByRole('button', { name: 'Add area' }).click();
    await admin.locator('.govuk-error-summary').getByText('Enter the area’s code').waitFor();
    await expectNoAxeViolations(admin, axeViolations);
    await admin.getByLabel('Code').fill('NRT');
    await admin.getByLabel('Name', { exact: true }).first().fill('Northshire Probation Area');
    await admin.getByLabel('Region').fill('North West');
    await admin.getByLabel('Size (optional)').fill('large');
    await admin.getByLabel('Comparison group', { exact: true }).selectOption({ label: 'Metropolitan areas' });
    await admin.getByRole('button', { name: 'Add area' }).click();
    await admin.getByText('Northshire Probation Area (NRT) is added.').waitFor();
    await expect(admin.getByRole('region', { name: 'Areas' }).innerText()).resolves.toContain('Metropolitan areas');
    await expectNoAxeViolations(admin, axeViolations);
    // Changed afterwards: the same form, filled in.
    await admin.getByRole('button', { name: 'Change Northshire Probation Area' }).click();
    await expect(admin.getByLabel('Code').inputValue()).resolves.toBe('NRT');
    await admin.getByLabel('Region').fill('North West England');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByText('Northshire Probation Area (NRT) is changed.').waitFor();
    await expect(admin.getByRole('region', { name: 'Areas' }).innerText()).resolves.toContain('North West England');

    // The group renamed, then retired after a confirmation page, and restored.
    await admin.getByRole('button', { name: 'Rename Metropolitan areas' }).click();
    await admin.getByLabel('New name for Metropolitan areas').fill('Metropolitan and urban areas');
    await admin.getByRole('button', { name: 'Save the name' }).click();
    await admin
      .getByText('The comparison group Metropolitan areas is now called Metropolitan and urban areas.')
      .waitFor();
    await expect
      .poll(() => admin.getByRole('region', { name: 'Areas' }).innerText())
      .toContain('Metropolitan and urban areas');
    await admin.getByRole('button', { name: 'Retire Metropolitan and urban areas' }).click();
    await admin
      .getByRole('heading', { level: 1, name: 'Retire the comparison group Metropolitan and urban areas?' })
      .waitFor();
    await expectNoAxeViolations(admin, axeViolations);
    await admin.getByRole('button', { name: 'Retire the comparison group' }).click();
    await admin.getByText('The comparison group Metropolitan and urban areas is retired.').waitFor();
    await expect
      .poll(() => admin.getByRole('region', { name: 'Comparison groups' }).innerText())
      .toMatch(/Metropolitan and urban areas\s+metropolitan[^]*Retired/);
    await expectNoAxeViolations(admin, axeViolations);
    await admin.getByRole('button', { name: 'Restore Metropolitan and urban areas' }).click();
    await admin.getByText('The comparison group Metropolitan and urban areas is restored.').waitFor();
    // The area retired after its confirmation page, and restored.
    await admin.getByRole('button', { name: 'Retire Northshire Probation Area' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Retire Northshire Probation Area?' }).waitFor();
    await admin.getByRole('button', { name: 'Retire the area' }).click();
    await admin.getByText('Northshire Probation Area is retired.').waitFor();
    await admin.getByRole('button', { name: 'Restore Northshire Probation Area' }).click();
    await admin.getByText('Northshire Probation Area is restored').waitFor();
    await expect(admin.getByRole('region', { name: 'Areas' }).innerText()).resolves.not.toContain('Retired');

    // Many areas from a CSV: the preview lists every row's fate and problem, and imports nothing until it is clean.
    const header = 'code,name,region,size,density,comparison_group';
    await admin
      .getByLabel('Or paste the CSV')
      .fill(`${header}\nSTH,Southshire,South East,,,metropolitan\nWST,,West,,,nope\n`);
    await admin.getByRole('button', { name: 'Preview the import' }).click();
    const preview = admin.getByRole('region', { name: 'Import preview' });
    await expect.poll(() => preview.innerText()).toMatch(/2\s+STH\s+Will be added/);
    await expect(preview.innerText()).resolves.toMatch(/3\s+WST\s+Problem/);
    await admin
      .getByText('Correct the problems in the file and preview it again: nothing has been imported.')
      .waitFor();
    await expectNoAxeViolations(admin, axeViolations);
    await admin.getByLabel('Or paste the CSV').fill(`${header}\nSTH,Southshire,South East,,,metropolitan\n`);
    await admin.getByRole('button', { name: 'Preview the import' }).click();
    await admin.getByRole('button', { name: 'Import 1 row' }).click();
    await admin.getByText('The file is imported: 1 area added or updated.').waitFor();
    await expect.poll(() => admin.getByRole('region', { name: 'Areas' }).innerText()).toContain('Southshire');

    // Invite an inspector: the link is shown to pass on (no mail server here).
    await admin.getByRole('link', { name: 'Administration' }).first().click();
    await admin.getByRole('link', { name: 'People' }).click();
    await admin.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await expectNoAxeViolations(admin, axeViolations);
    await admin.getByLabel('Name').fill('Ian Inspector');
    await admin.getByLabel('Email address').fill('ian.inspector@inspectorate.example');
    await admin.getByLabel('Role', { exact: true }).selectOption({ label: 'Inspector' });
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('heading', { name: 'Ian Inspector is invited' }).waitFor();
    const invitation = await admin.locator('#issued-link').innerText();
    expect(invitation).toMatch(/\/inspector\/set-password#/);
    await expectNoAxeViolations(admin, axeViolations);
    await expectFitsNarrowScreen(admin);

    // The inspector accepts in a browser of their own and lands signed in.
    const inspector = await (await browser.newContext()).newPage();
    await setPassword(inspector, invitation, INSPECTOR_PASSWORD, 'Accept your invitation');
    await inspector.getByText('Signed in as Ian Inspector').waitFor();

    // The programme: the new area is not planned; the inspector plans it, and it is planned.
    await inspector.getByRole('link', { name: 'Programme' }).first().click();
    await inspector.getByRole('heading', { level: 1, name: /^Programme of inspections/ }).waitFor();
    await inspector.getByLabel('Year').fill('2027');
    await inspector.getByRole('button', { name: 'Show year' }).click();
    await inspector.getByRole('heading', { level: 1, name: 'Programme of inspections 2027' }).waitFor();
    await expect(inspector.getByRole('region', { name: 'Areas against the cycle' }).innerText()).resolves.toMatch(
      /Northshire Probation Area\s+Not planned/,
    );
    await expectNoAxeViolations(inspector, axeViolations);
    await expectFitsNarrowScreen(inspector);
    await inspector.getByRole('link', { name: 'Plan an inspection' }).click();
    await inspector.getByRole('heading', { level: 1, name: 'Create an inspection' }).waitFor();
    await inspector.getByLabel('Area').selectOption({ label: 'Northshire Probation Area' });
    await inspector.getByLabel('Framework and version').selectOption({ index: 1 });
    await inspector.getByLabel('Title').fill('Northshire inspection 2027');
    await inspector.locator('#year').fill('2027');
    await inspector.getByLabel('Quarter (optional)').selectOption({ label: 'Quarter 2' });
    await inspector.getByLabel('Full inspection').check();
    await inspector.getByRole('button', { name: 'Create the inspection' }).click();
    await inspector.getByRole('heading', { level: 1, name: 'Northshire inspection 2027: plan and team' }).waitFor();
    await inspector.getByRole('link', { name: 'Programme' }).first().click();
    await inspector.getByLabel('Year').fill('2027');
    await inspector.getByRole('button', { name: 'Show year' }).click();
    await expect(inspector.getByRole('region', { name: 'Inspections in 2027' }).innerText()).resolves.toMatch(
      /Northshire inspection 2027\s+Northshire Probation Area\s+Full\s+Quarter 2\s+Ian Inspector\s+Planned/,
    );
    await expectNoAxeViolations(inspector, axeViolations);
  });
});
