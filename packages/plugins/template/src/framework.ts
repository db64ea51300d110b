// A framework plugin can be just a framework file: this module is the whole package around framework/home-visits.yaml.
import { definePlugin } from '@scrutiny/plugin-sdk';
import { frameworkFromFile } from '@scrutiny/plugin-sdk/node';

export default definePlugin({
  name: '@scrutiny/plugin-template-framework',
  version: '0.1.0',
  platform: '^0.1.0',
  frameworks: [frameworkFromFile(new URL('../framework/home-visits.yaml', import.meta.url))],
});
