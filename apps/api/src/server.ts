// The listener only: everything else is built by createApp.
import { createServer } from 'node:http';
import { refuseOversizedRequest } from './http/request-size.ts';
import { readCountedBody } from './http/request-values.ts';
import { serveStaticApps } from './http/static-apps.ts';
import { isPublicPagePath, PublicPageRoutes } from './public-pages/routes.ts';
import { BoardRendererUnavailableError } from './public-pages/board-renderer.ts';
import { createApp, type ScrutinyApp } from './app.ts';
import type { Config } from './env.ts';
import { scheduleRetentionJob } from './services/retention-job.ts';

export async function listen(app: ScrutinyApp, config: Config): Promise<{ url: string; close(): Promise<void> }> {
  const publicPages = new PublicPageRoutes(
    app.services.publicPages,
    config.apps.find((a) => a.prefix === '/')?.dir,
    config.publicUrl,
  );
  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      app.services.logger.info(
        {
          method: req.method,
          path: req.url?.split('?')[0],
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (isPublicPagePath(req.method, path)) {
      publicPages.handle(req, res).catch((error: unknown) => {
        app.services.logger.error({ err: error, path }, 'public page failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        // Only outside production, which does not start without the renderer: the developer is told how to build it.
        res.end(
          error instanceof BoardRendererUnavailableError ? error.message : 'The page could not be made. Try again.',
        );
      });
      return;
    }
    if (serveStaticApps(config.apps, req, res)) return;
    if (refuseOversizedRequest(req, res)) return;
    void readCountedBody(req, res).then(async (readable) => {
      if (readable) await app.yoga(req, res);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  // A listening process erases personal data when its date comes (tests without a listener run the job themselves).
  const retention = scheduleRetentionJob(app.services);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        retention?.stop();
        server.close(() => resolve());
        // Subscriptions hold their connections open: end them, or close would wait for every subscriber to leave.
        server.closeAllConnections();
      }).then(() => app.close()),
  };
}

export async function start(config: Config) {
  const app = await createApp(config);
  const running = await listen(app, config);
  const stop = () => {
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { app, ...running };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readConfig } = await import('./env.ts');
  const { forkWorkers } = await import('./startup/workers.ts');
  const config = readConfig();
  if (!forkWorkers(config, (line) => console.log(line))) {
    const { url } = await start(config);
    console.log(`Scrutiny API listening on ${url}/graphql${config.workers > 1 ? ` (worker ${process.pid})` : ''}`);
  }
}
