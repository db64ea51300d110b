// Keyboard-only steps for the board app's browser tests: every move is a key press, never a click or a fill.
import type { Locator, Page } from 'playwright-core';
import { areaPageShown } from './board-pages.ts';

/** Presses Tab until `target` has the focus (checking first, so an already focused target takes no key press). */
export async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached ${target.toString()} by Tab`);
}

/** Tabs to a link or button and presses Enter on it. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs to a select and moves through its options with the arrow keys until the chosen one matches `option`. */
export async function chooseOption(page: Page, select: Locator, option: RegExp): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.press('Home');
  const chosen = () => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  for (let i = 0; i < 500; i++) {
    if (option.test(await chosen())) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option of ${select.toString()} matches ${option}`);
}

/** Signs in on the sign-in page by keyboard alone and waits for the area page. */
export async function signInByKeyboard(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await tabTo(page, page.getByLabel('Email address'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await areaPageShown(page, baseUrl);
}
