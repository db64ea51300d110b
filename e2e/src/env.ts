// Where Chromium lives (Debian's package; `npx playwright install` cannot work on these machines).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
