/** An app's own part of the page (its <title> and entry script), written into the GOV.UK page every app has. */
export function inGovukPageTemplate(appHtml: string): string;

/** The Vite plugin (typed by its shape, so that this package need not depend on Vite). */
export function govukPageTemplate(): {
  name: string;
  transformIndexHtml: { order: 'pre'; handler: (appHtml: string) => string };
};
