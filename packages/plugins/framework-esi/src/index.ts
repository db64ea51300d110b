import { definePlugin } from '@scrutiny/plugin-sdk';
import { esiFramework } from './esi-framework.ts';

export { CLASSIFICATION, esiFramework, NEEDS_OFFENDER_INTERVIEWS, OVERALL_JUDGEMENT, YES_NO } from './esi-framework.ts';

export default definePlugin({
  name: '@scrutiny/plugin-framework-esi',
  version: '0.1.0',
  platform: '^0.1.0',
  description:
    'The Effective Supervision Inspection framework of HMI Probation, as used for the 2005 follow-up inspections.',
  frameworks: [esiFramework],
});
