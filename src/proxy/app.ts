// The proxy's HTTP surface (src/ecs/proxy-api.ts, docs/ARCHITECTURE.md "Contracts"): exactly
// GET /api/ecs/<action> for the registry's read-only actions (api-request.ts), GET /api/session,
// GET /api/status, GET /healthz and the built SPA with history fallback. Every request passes the
// Host check; /api requests also the cross-site check and, when configured, the access token (failed
// attempts rate-limited per address). HEAD never reaches the service. The checks and the rest are in
// pure modules; this file wires them.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { getCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { setMetric, timing, type TimingVariables } from 'hono/timing';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { ApiError } from '../ecs/api-errors';
import {
  formatAnswerStatus,
  PROXY_PATHS,
  type HealthInfo,
  type SharedStateHealth,
  type SignedInUser,
  PROXY_STATUS_HEADER,
  proxyPathOf,
  type SessionInfo,
} from '../ecs/proxy-api';
import { proxyErrors } from '../ecs/proxy-errors';
import { crossSiteProblem } from '../node/cross-site';
import { ALLOWED_ACTIONS, isAllowedAction, parseApiCall } from './api-request';
import { proxyErrorAnswer, type EcsGateway, type GatewayAnswer } from './ecs-gateway';
import { FailedAttempts } from './failed-attempts';
import type { ProxyMetrics } from './metrics';
import { formatRequestLog, type Redactor, type RequestLogEntry } from './request-log';
import { API_CACHE_CONTROL, cacheControlForStatic, isSpaRoute, securityHeaders } from './response-headers';
import {
  checkCall,
  grantFor,
  IDENTITY_HEADERS,
  identityFromHeaders,
  isTrustedAddress,
  signedInUser,
  type AccessRules,
  type ForwardedIdentity,
  type Grant,
  type TrustedAddresses,
} from './team-access';
import {
  AUTH_COOKIE_MAX_AGE_S,
  authCookieName,
  authCookieSecret,
  isAllowedHost,
  withoutAuthParam,
} from './security';

export interface AppOptions {
  gateway: EcsGateway;
  /** The session as the signed-in user (if any) sees it. */
  session: (user: SignedInUser | null) => Promise<SessionInfo>;
  /**
   * `--trust-forwarded-identity`: connections from these addresses name their user; the access
   * rules (absent: every signed-in user sees everything) say what each may see.
   */
  identity?: { trusted: TrustedAddresses; rules: AccessRules | undefined };
  /** Where the state shared between replicas is kept right now (/healthz). */
  health: () => SharedStateHealth;
  /** Served at /metrics, behind the same checks as the API. */
  metrics: ProxyMetrics;
  /** Filled in once the server listens (the port may be chosen by the system). */
  access: { port: number; allowedHosts: ReadonlySet<string>; allowedOrigins: ReadonlySet<string> };
  authToken: string | undefined;
  /** Served over TLS, here or by a reverse proxy in front: the cookie is `__Host-` and Secure. */
  secure: boolean;
  /** A reverse proxy in front: the client's address is the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** This server ends TLS: browsers are told to use HTTPS only (Strict-Transport-Security). */
  hsts: boolean;
  defaultRegion: string;
  /** The accounts file's account names; empty without one. */
  accountNames?: readonly string[];
  distDir: string;
  redactor: Redactor;
  log: (line: string) => void;
}

type Env = {
  Bindings: HttpBindings;
  Variables: {
    upstream: Partial<RequestLogEntry>;
    /** Named by the trusted SSO proxy in front. */
    user: { identity: ForwardedIdentity; grant: Grant } | undefined;
  } & TimingVariables;
};

const API_PATHS = [...ALLOWED_ACTIONS.map(proxyPathOf), PROXY_PATHS.session, PROXY_PATHS.status];
/** Behind the cross-site check, the access token and the method check. */
const GUARDED = ['/api/*', PROXY_PATHS.metrics];

function jsonAnswer(answer: GatewayAnswer): Response {
  const { buffer, byteOffset, byteLength } = answer.body;
  return new Response(new Uint8Array(buffer as ArrayBuffer, byteOffset, byteLength), {
    status: answer.status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': API_CACHE_CONTROL,
      ...(answer.cache ? { 'x-ecs-proxy-cache': answer.cache } : {}),
      ...(answer.answerStatus ? { [PROXY_STATUS_HEADER]: formatAnswerStatus(answer.answerStatus) } : {}),
      ...(answer.retryAfterSeconds !== undefined ? { 'retry-after': String(answer.retryAfterSeconds) } : {}),
    },
  });
}

/**
 * The parts of a request URL as @hono/node-server builds it (already valid and percent-encoded), by
 * slicing instead of a URL parse per use.
 */
function partsOf(url: string): { host: string; pathname: string; query: string } {
  const hostStart = url.indexOf('//') + 2;
  const pathStart = url.indexOf('/', hostStart);
  const queryStart = url.indexOf('?', pathStart);
  return {
    host: url.slice(hostStart, pathStart),
    pathname: queryStart < 0 ? url.slice(pathStart) : url.slice(pathStart, queryStart),
    query: queryStart < 0 ? '' : url.slice(queryStart + 1),
  };
}

/** The address of the connection itself, whatever any header says. */
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // not served by @hono/node-server (app.request in tests)
  }
}

/** The client's address: the socket's, or behind a trusted reverse proxy the one it appended last. */
function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  return forwarded || (socketAddress(c) ?? 'unknown');
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
    const { pathname, query } = partsOf(c.req.url);
    options.log(
      redactor.redact(
        formatRequestLog({
          method: c.req.method,
          pathname,
          query,
          status: c.res.status,
          totalMs: performance.now() - started,
          ...c.get('upstream'),
        }),
      ),
    );
  });

  const guard = (middleware: MiddlewareHandler<Env>) => {
    for (const path of GUARDED) app.use(path, middleware);
  };

  app.use('*', securityHeaders({ hsts: options.hsts }));
  app.use('*', timing());

  // DNS-rebinding defence: only the names this server is reached by, also for absolute-form targets.
  app.use('*', async (c, next) => {
    const host = c.req.header('host');
    if (
      !isAllowedHost(host, access.allowedHosts) ||
      !isAllowedHost(partsOf(c.req.url).host, access.allowedHosts)
    )
      return refuse(
        c,
        proxyErrors.hostNotAllowed(
          host ?? '(none)',
          `${options.hsts ? 'https' : 'http'}://127.0.0.1:${access.port}`,
        ),
      );
    await next();
  });

  guard(async (c, next) => {
    const problem = crossSiteProblem(
      c.req.header('origin'),
      c.req.header('sec-fetch-site'),
      access.allowedOrigins,
    );
    if (problem) return refuse(c, proxyErrors.crossSiteRequest(problem));
    await next();
  });

  // The team's SSO proxy names the user on connections from its address; its word replaces the
  // access token. From any other address the identity headers mean nothing: the token decides, and
  // without one nobody gets in.
  const authToken = options.authToken;
  if (options.identity) {
    const { trusted, rules } = options.identity;
    guard(async (c, next) => {
      if (!isTrustedAddress(trusted, socketAddress(c))) {
        if (authToken === undefined) return refuse(c, proxyErrors.identityRequired());
        return next();
      }
      const identity = identityFromHeaders(
        c.req.header(IDENTITY_HEADERS.email),
        c.req.header(IDENTITY_HEADERS.groups),
      );
      if (!identity) return refuse(c, proxyErrors.identityMissing());
      const grant = rules ? grantFor(rules, identity.groups) : { regions: null, accounts: null };
      c.set('user', { identity, grant });
      await next();
    });
  }

  // The access token, when one is set: the page's signed cookie, or else a bearer header. Wrong
  // tokens are counted per address; past a few, the address waits before it is heard again.
  const failed = new FailedAttempts();
  // The port is known once the server listens.
  const cookie = {
    name: () => authCookieName(access.port),
    secret: () => authCookieSecret(authToken ?? '', access.port),
    prefix: options.secure ? ('host' as const) : undefined,
  };
  const rateLimited = (c: Context<Env>) => {
    const waitMs = failed.waitMs(clientAddress(c, options.trustProxy), Date.now());
    if (waitMs === 0) return undefined;
    const res = refuse(c, proxyErrors.authRateLimited(waitMs));
    res.headers.set('retry-after', String(Math.ceil(waitMs / 1000)));
    return res;
  };
  const recordFailure = (c: Context<Env>) => failed.record(clientAddress(c, options.trustProxy), Date.now());
  if (authToken !== undefined) {
    const requireBearer = bearerAuth<Env>({
      token: authToken,
      noAuthenticationHeader: { message: (c) => refuse(c, proxyErrors.authRequired()) },
      invalidAuthenticationHeader: { message: (c) => refuse(c, proxyErrors.authInvalid()) },
      invalidToken: { message: (c) => refuse(c, proxyErrors.authInvalid()) },
    });
    guard(async (c, next) => {
      if (c.get('user')) return next();
      const limited = rateLimited(c);
      if (limited) return limited;
      if (c.req.header('authorization') === undefined && getCookie(c, cookie.name(), cookie.prefix)) {
        // Signed by this server for this port, and not expired.
        const expiry = await getSignedCookie(c, cookie.secret(), cookie.name(), cookie.prefix);
        if (typeof expiry === 'string' && Number(expiry) > Date.now() / 1000) return next();
        recordFailure(c);
        return refuse(c, proxyErrors.authInvalid());
      }
      try {
        return await requireBearer(c, next);
      } catch (e) {
        // bearer-auth answers a wrong or malformed token by throwing its (our) answer.
        if (e instanceof HTTPException && c.req.header('authorization') !== undefined) recordFailure(c);
        throw e;
      }
    });
  }

  guard(async (c, next) => {
    // A HEAD would cost a real call for headers only; the service is never asked for one.
    const allowed = c.req.path.startsWith('/api/ecs/') ? 'GET' : 'GET, HEAD';
    if (!allowed.split(', ').includes(c.req.method)) {
      const res = refuse(c, proxyErrors.methodNotAllowed(c.req.method, allowed));
      res.headers.set('allow', allowed);
      return res;
    }
    await next();
  });

  app.get('/api/ecs/:action', async (c) => {
    const action = c.req.param('action');
    if (!isAllowedAction(action)) return refuse(c, proxyErrors.actionNotAllowed(action, ALLOWED_ACTIONS));
    const parsed = parseApiCall(
      action,
      partsOf(c.req.url).query,
      options.defaultRegion,
      options.accountNames,
    );
    if (!parsed.ok) {
      c.set('upstream', { code: parsed.error.code });
      return refuse(c, parsed.error);
    }
    // Outside what the user may see: refused here, never signed.
    const user = c.get('user');
    const refusal =
      user &&
      checkCall(user.grant, { action, regionId: parsed.value.regionId, account: parsed.value.account });
    if (user && refusal) {
      const error = proxyErrors.accessDenied(
        user.identity.email,
        refusal.kind === 'region' ? `the region ${refusal.regionId}` : `the account ${refusal.account}`,
      );
      c.set('upstream', { code: error.code });
      return refuse(c, error);
    }
    const noCache = /no-cache/i.test(
      `${c.req.header('cache-control') ?? ''} ${c.req.header('pragma') ?? ''}`,
    );
    const started = performance.now();
    const answer = await gateway.call(parsed.value, { bypassCache: noCache, signal: c.req.raw.signal });
    options.metrics.answer(action, answer.status, (performance.now() - started) / 1000);
    if (answer.upstreamMs !== undefined) setMetric(c, 'upstream', answer.upstreamMs);
    c.set('upstream', {
      cache: answer.cache,
      upstreamMs: answer.upstreamMs,
      attempts: answer.answerStatus?.attempts,
      queuedMs: answer.answerStatus?.queuedMs,
      shared: answer.answerStatus?.shared,
      code: answer.code,
    });
    return jsonAnswer(answer);
  });

  app.get(PROXY_PATHS.session, async (c) => {
    const user = c.get('user');
    const res = c.json(await options.session(user ? signedInUser(user.identity, user.grant) : null));
    res.headers.set('cache-control', API_CACHE_CONTROL);
    return res;
  });

  app.get(PROXY_PATHS.status, async (c) => {
    const res = c.json(await gateway.status());
    res.headers.set('cache-control', API_CACHE_CONTROL);
    return res;
  });

  app.get(PROXY_PATHS.metrics, async (c) => {
    const registry = options.metrics.registry;
    return c.body(await registry.metrics(), 200, {
      'content-type': registry.contentType,
      'cache-control': API_CACHE_CONTROL,
    });
  });

  app.all('/api/*', (c) => refuse(c, proxyErrors.pathNotFound(partsOf(c.req.url).pathname, API_PATHS)));

  // Still 200 while Redis is unreachable: the replica answers, from its own memory.
  app.get(PROXY_PATHS.health, (c) => {
    const sharedState = options.health();
    const health: HealthInfo = {
      status: sharedState.redis === 'unreachable' ? 'degraded' : 'ok',
      sharedState,
    };
    const res = c.json(health);
    res.headers.set('cache-control', API_CACHE_CONTROL);
    return res;
  });

  // `?auth=<token>` on a page: becomes an HttpOnly cookie, and the URL is cleaned of it.
  app.get('*', async (c, next) => {
    if (authToken === undefined) return next();
    const { pathname, query } = partsOf(c.req.url);
    const { token, location } = withoutAuthParam(pathname, query);
    if (token === undefined) return next();
    const waitMs = failed.waitMs(clientAddress(c, options.trustProxy), Date.now());
    if (waitMs > 0) {
      c.header('retry-after', String(Math.ceil(waitMs / 1000)));
      return c.text('Too many wrong access tokens from this address; try again later.', 429);
    }
    if (!(await timingSafeEqual(token, authToken))) {
      recordFailure(c);
      return c.text(
        'The access token in ?auth= is wrong. Ask whoever runs this dashboard for the right link.',
        401,
      );
    }
    const expiresAt = Math.floor(Date.now() / 1000) + AUTH_COOKIE_MAX_AGE_S;
    await setSignedCookie(c, cookie.name(), String(expiresAt), cookie.secret(), {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      maxAge: AUTH_COOKIE_MAX_AGE_S,
      ...(options.secure ? { secure: true, prefix: 'host' } : {}),
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
