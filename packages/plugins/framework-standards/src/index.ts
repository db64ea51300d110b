import { definePlugin } from '@scrutiny/plugin-sdk';
import { standardsFramework } from './standards-framework.ts';

export {
  ADJUSTED,
  CORE,
  NEEDS_PERSON_INTERVIEWS,
  ratingModel,
  standardsFramework,
  YES_NO,
} from './standards-framework.ts';

export default definePlugin({
  name: '@scrutiny/plugin-framework-standards',
  version: '0.1.0',
  platform: '^0.1.0',
  description:
    'A standards-based case supervision framework: key questions per case file, rated Outstanding, Good, Requires improvement or Inadequate.',
  frameworks: [standardsFramework],
});
