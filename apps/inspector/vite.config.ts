import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * GOV.UK Frontend's compiled CSS points at its fonts and images as `/assets/...`, which would be the board app's
 * folder here: pointing them next to the stylesheet lets Vite bundle them under /inspector/.
 */
function govukAssetsNextToStylesheet(): Plugin {
  return {
    name: 'govuk-assets-next-to-stylesheet',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('govuk-frontend') || !id.endsWith('.css')) return null;
      return { code: code.replaceAll('url(/assets/', 'url(./assets/'), map: null };
    },
  };
}

// The API serves the built app at /inspector/; in development Vite proxies /graphql to a running API.
export default defineConfig({
  base: '/inspector/',
  plugins: [govukAssetsNextToStylesheet(), react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  // GOV.UK Frontend's CSS is minified already, and carries IE hacks (`@media screen\0`) lightningcss rejects.
  build: { target: 'es2022', cssMinify: false },
});
