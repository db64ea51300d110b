import { describe, expect, it } from 'vitest';
import { inGovukPageTemplate } from './govuk-page-template.js';

describe('the GOV.UK page an app is written into', () => {
  it('puts the app’s title in the shared head and its entry script after the root, leaving out its comments', () => {
    const page = inGovukPageTemplate(
      '<!-- the app’s part -->\n<title>Published inspections – Scrutiny</title>\n<script type="module" src="/src/main.tsx"></script>\n',
    );
    expect(page).toBe(`<!doctype html>
<html lang="en-GB" class="govuk-template">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
    <meta name="theme-color" content="#0b0c0c" />
    <title>Published inspections – Scrutiny</title>
  </head>
  <body class="govuk-template__body">
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`);
  });

  it('refuses a page with no title', () => {
    expect(() => inGovukPageTemplate('<script type="module" src="/src/main.tsx"></script>')).toThrow(/title/);
  });
});
