// Fetchers for the proxy's API (docs/ARCHITECTURE.md "Browser ⇄ proxy"). Answers are ECS bodies; errors are
// the ECS envelope, surfaced as EcsRequestError so the page can show Code, Message, RequestId and
// the Recommend link, and mark the control an error is about.

import { isEcsErrorBody, parameterOfError, type EcsErrorBody } from '../../ecs/api-errors';
import type { ConcurrencyLimiter } from '../../ecs/concurrency-limiter';
import type { DescribeImagesRequest } from '../../ecs/describe-images-params';
import { toWireEntries } from '../../ecs/describe-images-wire';
import type { DescribeImagesResponse, DescribeRegionsResponse } from '../../ecs/image-types';
import {
  normalizeDescribeImagesResponse,
  normalizeDescribeRegionsResponse,
} from '../../ecs/normalize-response';
import { PROXY_PATHS, type SessionInfo } from '../../ecs/proxy-api';
import type { RegionLanguage } from '../../ecs/regions';

export class EcsRequestError extends Error {
  readonly status: number;
  readonly body: EcsErrorBody;

  constructor(status: number, body: EcsErrorBody) {
    super(`${body.Code}: ${body.Message}`);
    this.name = 'EcsRequestError';
    this.status = status;
    this.body = body;
  }

  get code(): string {
    return this.body.Code;
  }

  /** The request parameter the error is about, if any. */
  get parameter(): string | undefined {
    return parameterOfError(this.body.Code, this.body.Message);
  }
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

interface FetchOptions {
  signal?: AbortSignal;
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
}

async function download(url: string, { signal, fresh }: FetchOptions): Promise<Download> {
  try {
    const response = await fetch(url, { signal, headers: fresh ? { 'Cache-Control': 'no-cache' } : {} });
    return { status: response.status, text: await response.text() };
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
  const { status, text } = await (limiter
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
    if (isEcsErrorBody(body)) throw new EcsRequestError(status, body);
    throw localError('InvalidResponse', `The server answered ${status} without an error code.`);
  }
  return body;
}

export function describeImagesUrl(request: DescribeImagesRequest): string {
  return `${PROXY_PATHS.describeImages}?${new URLSearchParams(toWireEntries(request) as [string, string][])}`;
}

export async function fetchDescribeImages(
  request: DescribeImagesRequest,
  options: FetchOptions = {},
): Promise<DescribeImagesResponse> {
  return normalizeDescribeImagesResponse(await getJson(describeImagesUrl(request), options));
}

/** The region list with names in `language` (DescribeRegions answers in Chinese unless asked). */
export async function fetchDescribeRegions(
  language: RegionLanguage,
  options: FetchOptions = {},
): Promise<DescribeRegionsResponse> {
  const url = `${PROXY_PATHS.describeRegions}?${new URLSearchParams({ AcceptLanguage: language })}`;
  return normalizeDescribeRegionsResponse(await getJson(url, options));
}

export async function fetchSession(options: FetchOptions = {}): Promise<SessionInfo> {
  return (await getJson(PROXY_PATHS.session, options)) as SessionInfo;
}
