// What a proxy has done, for Prometheus (GET /metrics, prom-client): upstream calls by action,
// account, region and outcome (throttles are outcome="throttled"), retries, cache lookups, requests
// answered from another request's call (in this replica or another), calls in flight, and latency
// histograms of upstream calls and of the proxy's answers; plus Node's process metrics. Each proxy
// has its own registry (tests run several in one process). The account is the masked AccessKey ID.

import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { maskAccessKeyId, type SharedStateHealth } from '../ecs/proxy-api';
import type { CacheStatus } from './request-log';

/** How one upstream attempt ended. */
export type AttemptLabel =
  | 'ok'
  | 'throttled'
  | 'client-error'
  | 'server-error'
  | 'timeout'
  | 'network-error'
  | 'bad-answer'
  | 'aborted';

export interface CallLabels {
  action: string;
  accessKeyId: string;
  /** The account of the accounts file, which names the calls instead of its changing temporary key. */
  account?: string;
  regionId: string;
}

/** What the upstream client reports; metrics.ts implements it, tests may too. */
export interface UpstreamObserver {
  attempt(call: CallLabels, outcome: AttemptLabel, seconds: number): void;
  retry(call: CallLabels, after: AttemptLabel): void;
  inFlight(call: CallLabels, change: 1 | -1): void;
}

/** Seconds: from a cached page (a few ms) to a call retried to the end of its budget. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class ProxyMetrics implements UpstreamObserver {
  readonly registry = new Registry();
  private readonly upstreamCalls: Counter<'action' | 'account' | 'region' | 'outcome'>;
  private readonly retries: Counter<'action' | 'account' | 'region' | 'after'>;
  private readonly upstreamInFlight: Gauge<'account' | 'region'>;
  private readonly upstreamSeconds: Histogram<'action' | 'outcome'>;
  private readonly cacheLookups: Counter<'result'>;
  private readonly sharedAnswers: Counter<'from'>;
  private readonly answerSeconds: Histogram<'action' | 'status'>;

  constructor(health: () => SharedStateHealth) {
    const registers = [this.registry];
    this.upstreamCalls = new Counter({
      name: 'ecs_proxy_upstream_calls_total',
      help: 'Calls made to the ECS endpoint (every attempt), by action, account, region and outcome; outcome="throttled" counts Throttling answers.',
      labelNames: ['action', 'account', 'region', 'outcome'],
      registers,
    });
    this.retries = new Counter({
      name: 'ecs_proxy_upstream_retries_total',
      help: 'Retries made, by action, account, region and the outcome of the attempt retried.',
      labelNames: ['action', 'account', 'region', 'after'],
      registers,
    });
    this.upstreamInFlight = new Gauge({
      name: 'ecs_proxy_upstream_in_flight',
      help: 'Calls to the ECS endpoint under way from this replica, by account and region.',
      labelNames: ['account', 'region'],
      registers,
    });
    this.upstreamSeconds = new Histogram({
      name: 'ecs_proxy_upstream_duration_seconds',
      help: 'Time one call to the ECS endpoint took, by action and outcome.',
      labelNames: ['action', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.cacheLookups = new Counter({
      name: 'ecs_proxy_cache_lookups_total',
      help: 'Answer cache lookups: hit, miss, or bypass (Reload).',
      labelNames: ['result'],
      registers,
    });
    this.sharedAnswers = new Counter({
      name: 'ecs_proxy_shared_answers_total',
      help: 'Requests answered by an identical call already in flight: from="replica" in this replica, from="redis" made by another replica.',
      labelNames: ['from'],
      registers,
    });
    this.answerSeconds = new Histogram({
      name: 'ecs_proxy_answer_duration_seconds',
      help: 'Time from a request to its answer for /api/ecs/<Action>, by action and HTTP status.',
      labelNames: ['action', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'ecs_proxy_shared_state_up',
      help: '1 while the state replicas share is in Redis; 0 while this replica serves from its own memory (no --redis, or Redis unreachable).',
      registers,
      collect() {
        this.set(health().store === 'redis' ? 1 : 0);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  attempt(call: CallLabels, outcome: AttemptLabel, seconds: number): void {
    this.upstreamCalls.inc({ ...labels(call), outcome });
    this.upstreamSeconds.observe({ action: call.action, outcome }, seconds);
  }

  retry(call: CallLabels, after: AttemptLabel): void {
    this.retries.inc({ ...labels(call), after });
  }

  inFlight(call: CallLabels, change: 1 | -1): void {
    this.upstreamInFlight.inc({ account: accountLabel(call), region: call.regionId }, change);
  }

  cacheLookup(result: CacheStatus): void {
    this.cacheLookups.inc({ result });
  }

  sharedAnswer(from: 'replica' | 'redis'): void {
    this.sharedAnswers.inc({ from });
  }

  answer(action: string, status: number, seconds: number): void {
    this.answerSeconds.observe({ action, status: String(status) }, seconds);
  }
}

/** The `account` label: the accounts file's name, or the masked AccessKey. */
function accountLabel(call: CallLabels): string {
  return call.account ?? maskAccessKeyId(call.accessKeyId);
}

function labels(call: CallLabels) {
  return { action: call.action, account: accountLabel(call), region: call.regionId };
}
