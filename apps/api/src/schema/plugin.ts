import type { ScrutinyPlugin } from '@scrutiny/plugin-sdk';
import { builder } from '../builder.ts';

const PluginRef = builder.objectRef<ScrutinyPlugin>('Plugin').implement({
  description: 'A plugin loaded at start.',
  fields: (t) => ({
    name: t.exposeString('name'),
    version: t.exposeString('version'),
    platform: t.exposeString('platform', { description: 'The platform versions it supports.' }),
    description: t.exposeString('description', { nullable: true }),
    frameworks: t.stringList({ resolve: (p) => (p.frameworks ?? []).map((f) => `${f.key}@${f.version}`) }),
    exporters: t.stringList({ resolve: (p) => (p.exporters ?? []).map((e) => e.key) }),
    reportSections: t.stringList({
      description: 'Keys of the sections it adds to published reports.',
      resolve: (p) => (p.reportSections ?? []).map((s) => s.key),
    }),
    extendsSchema: t.boolean({
      description: 'Whether it adds types or fields to this schema.',
      resolve: (p) => p.extendSchema !== undefined,
    }),
  }),
});

builder.queryField('plugins', (t) => t.field({ type: [PluginRef], resolve: (_root, _args, ctx) => [...ctx.plugins] }));
