// The plugin: metadata and its contributions. Copy this package, rename it, and replace the contributions.
import { definePlugin } from '@scrutiny/plugin-sdk';
import { caseFilesByRisk } from './case-files-by-risk.ts';
import { figuresWithCareSection } from './figures-with-care.ts';

export default definePlugin({
  name: '@scrutiny/plugin-template',
  version: '0.1.0',
  platform: '^0.1.0',
  description: 'Template plugin: sampled case files by risk of harm, and the figures to read with care.',
  reportSections: [figuresWithCareSection],
  extendSchema: caseFilesByRisk,
});
