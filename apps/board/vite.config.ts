import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
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

export default defineConfig({
  base: '/',
  // Every asset also as .br and .gz beside it, which the API sends to browsers that accept them.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  // The styles are built from GOV.UK Frontend's Sass (src/govuk-styles/): only the components the app draws.
  css: { postcss: { plugins: [withoutInternetExplorerHacks] } },
  build: { sourcemap: false, cssCodeSplit: true },
  server: {
    proxy: {
      '/graphql': { target: API_URL, changeOrigin: false },
      '/exports': { target: API_URL, changeOrigin: false },
    },
  },
});
