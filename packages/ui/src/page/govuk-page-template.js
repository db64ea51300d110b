// The page both apps' index.html are written into: the GOV.UK template's <html> and <body>, and the head every page
// of Scrutiny has. An app's index.html holds only what is its own (its <title> and its entry script); the apps' Vite
// builds fill it in with `govukPageTemplate()` before Vite reads the page, so the built index.html is the full page.
// JavaScript (typed by govuk-page-template.d.ts), since Vite's config loads it with Node, which runs no TypeScript.

const HEAD = [
  '<meta charset="utf-8" />',
  '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />',
  '<meta name="theme-color" content="#0b0c0c" />',
];

/** An app's own part of the page: its <title> goes in the head, the rest (its entry script) after the root. */
/** @param {string} appHtml */
export function inGovukPageTemplate(appHtml) {
  const title = /<title>[\s\S]*?<\/title>/.exec(appHtml)?.[0];
  if (!title) throw new Error('An app’s index.html names its page in a <title>.');
  const body = appHtml
    .replace(title, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [
    '<!doctype html>',
    '<html lang="en-GB" class="govuk-template">',
    '  <head>',
    ...[...HEAD, title].map((line) => `    ${line}`),
    '  </head>',
    '  <body class="govuk-template__body">',
    '    <div id="root"></div>',
    ...body.map((line) => `    ${line}`),
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/** The Vite plugin. */
export function govukPageTemplate() {
  return {
    name: 'scrutiny-govuk-page-template',
    transformIndexHtml: { order: 'pre', handler: inGovukPageTemplate },
  };
}
