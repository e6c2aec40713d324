// Fetchers for the proxy's API (docs/ARCHITECTURE.md "Browser ⇄ proxy"): one for any action of the
// registry (`fetchAction`, from its model in src/ecs: the wire form of the request, the reader of the
// answer), one that follows NextToken to the last page, the session and the proxy's status. Answers
// are ECS bodies; errors are the ECS envelope, surfaced as EcsRequestError so the page can show
// Code, Message, who raised it (the service, the proxy or the browser) and, for the service's own,
// RequestId and the Recommend link, and mark the control an error is about.

import { toWireEntries, type ApiAction, type RequestOf, type ResponseOf } from '../../ecs/api-action';
import { isEcsErrorBody, parameterOfError, type EcsErrorBody } from '../../ecs/api-errors';
import type { ConcurrencyLimiter } from '../../ecs/concurrency-limiter';
import { DESCRIBE_IMAGES, type DescribeImagesRequest } from '../../ecs/describe-images-params';
import { DESCRIBE_REGIONS } from '../../ecs/describe-regions';
import type { DescribeImagesResponse, DescribeRegionsResponse } from '../../ecs/image-types';
import {
  ACCOUNT_PARAM,
  parseAnswerStatus,
  PROXY_PATHS,
  PROXY_STATUS_HEADER,
  proxyPathOf,
  type AnswerStatus,
  type ProxyStatus,
  type SessionInfo,
} from '../../ecs/proxy-api';
import { isProxyErrorBody } from '../../ecs/proxy-errors';
import type { RegionLanguage } from '../../ecs/regions';

/**
 * Who raised an error: the service (ECS answered it), the proxy (it never reached ECS, or the proxy
 * gave up on it: `"Source": "proxy"`), or the browser (no answer from the proxy, or not one it reads).
 */
export type ErrorOrigin = 'service' | 'proxy' | 'browser';

export class EcsRequestError extends Error {
  readonly status: number;
  /** The envelope; RequestId and Recommend are only ever the service's (empty otherwise). */
  readonly body: EcsErrorBody;
  readonly origin: ErrorOrigin;
  /** What the proxy did for this answer (its X-Ecs-Proxy-Status header), when it said. */
  readonly answerStatus: AnswerStatus | undefined;

  constructor(status: number, body: EcsErrorBody, answerStatus?: AnswerStatus) {
    super(`${body.Code}: ${body.Message}`);
    this.name = 'EcsRequestError';
    this.status = status;
    this.origin = status === 0 ? 'browser' : isProxyErrorBody(body) ? 'proxy' : 'service';
    // Alibaba never saw an error it did not raise: no RequestId or troubleshooting link for it.
    this.body = this.origin === 'service' ? body : { ...body, RequestId: '', Recommend: '' };
    this.answerStatus = answerStatus;
  }

  get code(): string {
    return this.body.Code;
  }

  /** The request parameter the error is about, if any. */
  get parameter(): string | undefined {
    return parameterOfError(this.body.Code, this.body.Message);
  }
}

/** Any error a fetch or a query threw, as the envelope the page shows (an unexpected one named so). */
export function toEcsRequestError(error: unknown): EcsRequestError {
  if (error instanceof EcsRequestError) return error;
  return new EcsRequestError(0, {
    RequestId: '',
    HostId: '',
    Code: 'UnexpectedError',
    Message: String(error),
    Recommend: '',
  });
}

/** An error of the browser's own making (no answer, or not the ECS format), in the same envelope. */
function localError(code: string, message: string): EcsRequestError {
  return new EcsRequestError(0, {
    RequestId: '',
    HostId: location.host,
    Code: code,
    Message: message,
    Recommend: '',
  });
}

export interface FetchOptions {
  signal?: AbortSignal;
  /** The account of the proxy's accounts file the call is made as (`account=`). */
  account?: string | undefined;
  /** Ask the proxy to skip its cache. */
  fresh?: boolean;
  /**
   * Bounds requests in flight. A request holds its place from sending until its body has arrived,
   * not while it is parsed: with answers arriving together, parsing them one by one would otherwise
   * hold back the next requests (bench case 1).
   */
  limiter?: ConcurrencyLimiter;
}

interface Download {
  status: number;
  text: string;
  answerStatus: AnswerStatus | undefined;
}

async function download(url: string, { signal, fresh }: FetchOptions): Promise<Download> {
  try {
    const response = await fetch(url, { signal, headers: fresh ? { 'Cache-Control': 'no-cache' } : {} });
    return {
      status: response.status,
      text: await response.text(),
      answerStatus: parseAnswerStatus(response.headers.get(PROXY_STATUS_HEADER)),
    };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw localError(
      'NetworkError',
      `Could not reach the dashboard server (${String(error)}). Is it still running?`,
    );
  }
}

async function getJson(url: string, options: FetchOptions): Promise<unknown> {
  const { limiter, signal } = options;
  const { status, text, answerStatus } = await (limiter
    ? limiter.run(() => download(url, options), signal)
    : download(url, options));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw localError('InvalidResponse', `The server answered ${status} with a body that is not JSON.`);
  }
  const ok = status >= 200 && status < 300;
  if (!ok || (isEcsErrorBody(body) && !('Images' in body))) {
    if (isEcsErrorBody(body)) throw new EcsRequestError(status, body, answerStatus);
    throw localError('InvalidResponse', `The server answered ${status} without an error code.`);
  }
  return body;
}

/** The proxy's URL for a call: `/api/ecs/<Action>?<its wire parameters>[&account=<name>]`. */
export function actionUrl<A extends ApiAction>(action: A, request: RequestOf<A>, account?: string): string {
  const query = new URLSearchParams(toWireEntries(action, request) as [string, string][]);
  if (account !== undefined) query.set(ACCOUNT_PARAM, account);
  return `${proxyPathOf(action.name)}?${query}`;
}

/** One call of any action through the proxy, its answer read into the documented types. */
export async function fetchAction<A extends ApiAction>(
  action: A,
  request: RequestOf<A>,
  options: FetchOptions = {},
): Promise<ResponseOf<A>> {
  return action.normalizeResponse(
    await getJson(actionUrl(action, request, options.account), options),
  ) as ResponseOf<A>;
}

/** The most an action that pages by token gives per call (DescribeInstances, DescribeSnapshots). */
const MAX_RESULTS = 100;

export interface EveryPageOptions extends FetchOptions {
  /** Called after each page, with the number of pages so far (progress of a long chain). */
  onPage?: (pages: number) => void;
}

/**
 * Every page of a call that pages by NextToken, 100 entries per call, following the tokens until
 * the last page; `items` picks the entries out of an answer. Calls are made one after another: each
 * needs the previous answer's token.
 */
export async function fetchEveryPage<
  A extends ApiAction<{ MaxResults?: number; NextToken?: string }, { NextToken: string }>,
  T,
>(
  action: A,
  request: RequestOf<A>,
  items: (answer: ResponseOf<A>) => readonly T[],
  options: EveryPageOptions = {},
): Promise<T[]> {
  const all: T[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const page = { ...request, MaxResults: MAX_RESULTS, ...(nextToken ? { NextToken: nextToken } : {}) };
    const answer: ResponseOf<A> = await fetchAction(action, page, options);
    all.push(...items(answer));
    options.onPage?.(++pages);
    nextToken = answer.NextToken || undefined;
  } while (nextToken);
  return all;
}

export function fetchDescribeImages(
  request: DescribeImagesRequest,
  options: FetchOptions = {},
): Promise<DescribeImagesResponse> {
  return fetchAction(DESCRIBE_IMAGES, request, options);
}

/** The region list with names in `language` (DescribeRegions answers in Chinese unless asked). */
export function fetchDescribeRegions(
  language: RegionLanguage,
  options: FetchOptions = {},
): Promise<DescribeRegionsResponse> {
  return fetchAction(DESCRIBE_REGIONS, { AcceptLanguage: language }, options);
}

/** The proxy's accounts file's default account (its first), or null when it has none. */
export function defaultAccountOf(session: SessionInfo): string | null {
  return session.accounts?.[0]?.name ?? null;
}

export async function fetchSession(options: FetchOptions = {}): Promise<SessionInfo> {
  return (await getJson(PROXY_PATHS.session, options)) as SessionInfo;
}

/** What the proxy is doing for the calls under way (proxy-api.ts ProxyStatus). */
export async function fetchProxyStatus(options: FetchOptions = {}): Promise<ProxyStatus> {
  return (await getJson(PROXY_PATHS.status, options)) as ProxyStatus;
}
