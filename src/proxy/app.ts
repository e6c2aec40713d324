// The proxy's HTTP surface (docs/ARCHITECTURE.md "Contracts"): exactly GET /api/ecs/<action> for the
// registry's read-only actions (api-request.ts), GET /api/session, GET /healthz and the built SPA
// with history fallback. Every request passes the Host check; /api requests also the cross-site check and, when
// configured, the access token. The checks and the rest are in pure modules; this file wires them.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpBindings } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { setMetric, timing, type TimingVariables } from 'hono/timing';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { ApiError } from '../ecs/api-errors';
import { proxyErrors } from '../ecs/proxy-errors';
import { PROXY_PATHS, proxyPathOf, type SessionInfo } from '../ecs/proxy-api';
import { ALLOWED_ACTIONS, isAllowedAction, parseApiCall } from './api-request';
import { proxyErrorAnswer, type EcsGateway, type GatewayAnswer } from './ecs-gateway';
import { formatRequestLog, type Redactor, type RequestLogEntry } from './request-log';
import { API_CACHE_CONTROL, cacheControlForStatic, isSpaRoute, securityHeaders } from './response-headers';
import {
  authCookieName,
  authCookieValue,
  crossSiteProblem,
  isAllowedHost,
  withoutAuthParam,
} from './security';

export interface AppOptions {
  gateway: EcsGateway;
  session: () => Promise<SessionInfo>;
  /** Filled in once the server listens (the port may be chosen by the system). */
  access: { port: number; allowedHosts: ReadonlySet<string>; allowedOrigins: ReadonlySet<string> };
  authToken: string | undefined;
  defaultRegion: string;
  distDir: string;
  redactor: Redactor;
  log: (line: string) => void;
}

type Env = {
  Bindings: HttpBindings;
  Variables: { upstream: Partial<RequestLogEntry> } & TimingVariables;
};

const API_PATHS = [...ALLOWED_ACTIONS.map(proxyPathOf), PROXY_PATHS.session];

function jsonAnswer(answer: GatewayAnswer): Response {
  const { buffer, byteOffset, byteLength } = answer.body;
  return new Response(new Uint8Array(buffer as ArrayBuffer, byteOffset, byteLength), {
    status: answer.status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': API_CACHE_CONTROL,
      ...(answer.cache ? { 'x-ecs-proxy-cache': answer.cache } : {}),
    },
  });
}

export function createApp(options: AppOptions): Hono<Env> {
  const { access, gateway, redactor } = options;
  const app = new Hono<Env>();
  // HostId names this server; a Host header it does not answer to is not echoed back.
  const refuse = (c: Context<Env>, error: ApiError) => {
    const host = c.req.header('host');
    const hostId =
      host !== undefined && isAllowedHost(host, access.allowedHosts) ? host : `127.0.0.1:${access.port}`;
    return jsonAnswer(proxyErrorAnswer(error, hostId));
  };

  // Log line for every answer, whatever produced it.
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const url = new URL(c.req.url);
    options.log(
      redactor.redact(
        formatRequestLog({
          method: c.req.method,
          pathname: url.pathname,
          query: url.search.slice(1),
          status: c.res.status,
          totalMs: performance.now() - started,
          ...c.get('upstream'),
        }),
      ),
    );
  });

  app.use('*', securityHeaders());
  app.use('*', timing());

  // DNS-rebinding defence: only the names this server is reached by, also for absolute-form targets.
  app.use('*', async (c, next) => {
    const host = c.req.header('host');
    if (
      !isAllowedHost(host, access.allowedHosts) ||
      !isAllowedHost(new URL(c.req.url).host, access.allowedHosts)
    )
      return refuse(c, proxyErrors.hostNotAllowed(host ?? '(none)', `http://127.0.0.1:${access.port}`));
    await next();
  });

  app.use('/api/*', async (c, next) => {
    const problem = crossSiteProblem(
      c.req.header('origin'),
      c.req.header('sec-fetch-site'),
      access.allowedOrigins,
    );
    if (problem) return refuse(c, proxyErrors.crossSiteRequest(problem));
    await next();
  });

  // The access token, when one is set: the page's cookie, or else a bearer header.
  const authToken = options.authToken;
  if (authToken !== undefined) {
    const requireBearer = bearerAuth<Env>({
      token: authToken,
      noAuthenticationHeader: { message: (c) => refuse(c, proxyErrors.authRequired()) },
      invalidAuthenticationHeader: { message: (c) => refuse(c, proxyErrors.authInvalid()) },
      invalidToken: { message: (c) => refuse(c, proxyErrors.authInvalid()) },
    });
    app.use('/api/*', async (c, next) => {
      const cookie =
        c.req.header('authorization') === undefined ? getCookie(c, authCookieName(access.port)) : undefined;
      if (cookie === undefined) return requireBearer(c, next);
      if (!(await timingSafeEqual(cookie, authCookieValue(authToken))))
        return refuse(c, proxyErrors.authInvalid());
      await next();
    });
  }

  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const res = refuse(c, proxyErrors.methodNotAllowed(c.req.method));
      res.headers.set('allow', 'GET, HEAD');
      return res;
    }
    await next();
  });

  app.get('/api/ecs/:action', async (c) => {
    const action = c.req.param('action');
    if (!isAllowedAction(action)) return refuse(c, proxyErrors.actionNotAllowed(action, ALLOWED_ACTIONS));
    const parsed = parseApiCall(action, new URL(c.req.url).search.slice(1), options.defaultRegion);
    if (!parsed.ok) {
      c.set('upstream', { code: parsed.error.code });
      return refuse(c, parsed.error);
    }
    const noCache = /no-cache/i.test(
      `${c.req.header('cache-control') ?? ''} ${c.req.header('pragma') ?? ''}`,
    );
    const answer = await gateway.call(parsed.value, { bypassCache: noCache, signal: c.req.raw.signal });
    if (answer.upstreamMs !== undefined) setMetric(c, 'upstream', answer.upstreamMs);
    c.set('upstream', {
      cache: answer.cache,
      upstreamMs: answer.upstreamMs,
      attempts: answer.attempts,
      code: answer.code,
    });
    return jsonAnswer(answer);
  });

  app.get(PROXY_PATHS.session, async (c) => {
    const res = c.json(await options.session());
    res.headers.set('cache-control', API_CACHE_CONTROL);
    return res;
  });

  app.all('/api/*', (c) => refuse(c, proxyErrors.pathNotFound(new URL(c.req.url).pathname, API_PATHS)));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  // `?auth=<token>` on a page: becomes an HttpOnly cookie, and the URL is cleaned of it.
  app.get('*', async (c, next) => {
    if (authToken === undefined) return next();
    const url = new URL(c.req.url);
    const { token, location } = withoutAuthParam(url.pathname, url.search.slice(1));
    if (token === undefined) return next();
    if (!(await timingSafeEqual(token, authToken)))
      return c.text(
        'The access token in ?auth= is wrong. Ask whoever runs this dashboard for the right link.',
        401,
      );
    setCookie(c, authCookieName(access.port), authCookieValue(authToken), {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
    });
    c.header('cache-control', 'no-store');
    return c.redirect(location, 303);
  });

  app.use(
    '*',
    serveStatic({
      // An absolute folder, joined after the library's traversal checks (its `root` option would
      // warn at start-up when the SPA is not built yet; the fallback below answers that case).
      root: '',
      rewriteRequestPath: (path) => join(options.distDir, path),
      onFound: (_path, c) => {
        c.header('cache-control', cacheControlForStatic(c.req.path));
      },
    }),
  );

  const indexHtml = join(options.distDir, 'index.html');
  const serveIndex = serveStatic<Env>({
    path: indexHtml,
    onFound: (_path, c) => void c.header('cache-control', 'no-cache'),
  });
  app.get('*', async (c, next) => {
    if (!isSpaRoute(c.req.path)) return next();
    if (!existsSync(indexHtml))
      return c.text(
        'The dashboard is not built yet: run `npm run build`, or `npm start` without --no-build.',
        503,
      );
    return serveIndex(c, next);
  });

  app.notFound((c) => c.text('Not found.', 404));
  app.onError((error, c) => {
    // bearer-auth answers by throwing; its answer is one of ours (refuse, above).
    if (error instanceof HTTPException) return error.getResponse();
    options.log(
      redactor.redact(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    );
    return c.req.path.startsWith('/api/')
      ? refuse(c, proxyErrors.internal())
      : c.text('Internal error.', 500);
  });
  return app;
}
