import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { API_URL } from './env.ts';

// GOV.UK Frontend's stylesheet loads the GDS Transport font and the crest from /assets/: both are only for
// services on GOV.UK, so this app keeps the styles and falls back to the system sans-serif.
function withoutGovukFontsAndCrest(): Plugin {
  return {
    name: 'scrutiny-without-govuk-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('govuk-frontend') || !id.split('?')[0]!.endsWith('.css')) return null;
      return (
        code
          .replace(/@font-face\{[^}]*\}/g, '')
          .replace(/"?GDS Transport"?,\s*/g, '')
          .replace(/url\(\/assets\/images\/govuk-crest\.svg\)/g, 'none')
          // Old-IE hacks such as `@media screen\0 and (...)` are invalid CSS that the minifier refuses.
          .replace(/@media[^{]*\\0[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')
      );
    },
  };
}

export default defineConfig({
  base: '/',
  // Every asset also as .br and .gz beside it, which the API sends to browsers that accept them.
  plugins: [withoutGovukFontsAndCrest(), react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  build: { sourcemap: false, cssCodeSplit: true },
  server: {
    proxy: {
      '/graphql': { target: API_URL, changeOrigin: false },
      '/exports': { target: API_URL, changeOrigin: false },
    },
  },
});
