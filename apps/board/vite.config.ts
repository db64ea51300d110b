import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { govukPageTemplate } from '@scrutiny/ui/page-template';
import { API_URL } from './env.ts';

// GOV.UK Frontend's Sass still writes hacks for Internet Explorer (`@media screen\0`, `(min-width: 0\0)`, which Sass
// writes with U+FFFD for the \0): invalid CSS that the minifier refuses and that no browser the app supports reads.
const withoutInternetExplorerHacks = {
  postcssPlugin: 'scrutiny-without-internet-explorer-hacks',
  AtRule: {
    media(rule: { params: string; remove(): void }) {
      if (rule.params.includes('\uFFFD') || rule.params.includes('\\0')) rule.remove();
    },
  },
};

/**
 * The server renderer writes markup only: the stylesheets come from the browser build, so the server build takes every
 * stylesheet import (side effects only) as empty instead of compiling GOV.UK Frontend's Sass a second time.
 */
const NO_STYLE = '\0scrutiny-no-style-on-server';
const noStylesOnServer = {
  name: 'scrutiny-no-styles-on-server',
  enforce: 'pre' as const,
  resolveId: (source: string) => (/\.s?css$/.test(source) ? NO_STYLE : null),
  load: (id: string) => (id === NO_STYLE ? '' : null),
};

// `vite build --ssr src/server/render-page.tsx` builds the public pages' server renderer (dist-server/), which the API
// loads at run time: a module for Node, its dependencies left to node_modules, nothing compressed.
export default defineConfig(({ isSsrBuild }) => ({
  base: '/',
  // Every asset also as .br and .gz beside it, which the API sends to browsers that accept them.
  plugins: [
    govukPageTemplate(),
    react(),
    ...(isSsrBuild ? [noStylesOnServer] : [compression({ algorithms: ['brotliCompress', 'gzip'] })]),
  ],
  // The styles are built from GOV.UK Frontend's Sass (src/govuk-styles/): only the components the app draws.
  css: { postcss: { plugins: [withoutInternetExplorerHacks] } },
  build: { sourcemap: false, cssCodeSplit: true },
  server: {
    proxy: {
      '/graphql': { target: API_URL, changeOrigin: false },
      '/exports': { target: API_URL, changeOrigin: false },
    },
  },
}));
