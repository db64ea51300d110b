import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { compression } from 'vite-plugin-compression2';
import { govukPageTemplate } from '@scrutiny/ui/page-template';

/**
 * GOV.UK Frontend's compiled CSS loads the GDS Transport font, licensed to services on GOV.UK only, and the crest:
 * this app keeps the styles and uses the font stack for services outside GOV.UK (Arial, then the system sans-serif).
 * Its other images are pointed next to the stylesheet, so that Vite bundles them under /inspector/.
 */
function govukStylesWithoutTransport(): Plugin {
  return {
    name: 'govuk-styles-without-transport',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('govuk-frontend') || !id.split('?')[0]!.endsWith('.css')) return null;
      return {
        code: code
          .replace(/@font-face\{[^}]*\}/g, '')
          .replace(/"?GDS Transport"?,\s*/g, '')
          .replace(/url\(\/assets\/images\/govuk-crest\.svg\)/g, 'none')
          .replaceAll('url(/assets/', 'url(./assets/'),
        map: null,
      };
    },
  };
}

// The API serves the built app at /inspector/; in development Vite proxies /graphql to a running API.
export default defineConfig({
  base: '/inspector/',
  plugins: [
    govukPageTemplate(),
    govukStylesWithoutTransport(),
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
    // Every asset also as .br and .gz beside it, which the API sends to browsers that accept them.
    compression({ algorithms: ['brotliCompress', 'gzip'] }),
  ],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  // GOV.UK Frontend's CSS is minified already, and carries IE hacks (`@media screen\0`) lightningcss rejects.
  build: { target: 'es2022', cssMinify: false },
});
