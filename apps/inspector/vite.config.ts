import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
  plugins: [
    govukAssetsNextToStylesheet(),
    react(),
    // The service worker precaches the built app so it opens offline after one visit; a new version waits for the
    // user to choose to reload (UpdateBanner), never swapping under them. /graphql is never cached by it: the app
    // keeps what it needs offline in IndexedDB (src/offline/).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2,woff,png,svg,ico}'],
        navigateFallback: '/inspector/index.html',
        navigateFallbackAllowlist: [/^\/inspector\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  // GOV.UK Frontend's CSS is minified already, and carries IE hacks (`@media screen\0`) lightningcss rejects.
  build: { target: 'es2022', cssMinify: false },
});
