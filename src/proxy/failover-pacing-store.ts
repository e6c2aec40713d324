// Pacing for a replica that shares its limits through Redis: the shared store while the link is
// up, this replica's own memory while it is down. A place is given back to the store that granted
// it; a shared place that cannot be given back (Redis is gone) frees itself when its lease ends.

import type { CallOutcome, PacingSnapshot, PacingStore, PlaceDecision } from './pacing';
import { failover, type SharedLink } from './shared-link';

const SHARED = 'shared:';
const LOCAL = 'local:';

export class FailoverPacingStore implements PacingStore {
  constructor(
    private readonly link: SharedLink,
    private readonly shared: PacingStore,
    private readonly local: PacingStore,
  ) {}

  tryStart(key: string, nowMs: number): Promise<PlaceDecision> {
    const marked = (store: PacingStore, mark: string) => async () => {
      const decision = await store.tryStart(key, nowMs);
      return decision.started ? { started: true as const, ticket: mark + decision.ticket } : decision;
    };
    return failover(this.link, marked(this.shared, SHARED), marked(this.local, LOCAL));
  }

  async finish(
    key: string,
    ticket: string,
    outcome: CallOutcome,
    startedAtMs: number,
    nowMs: number,
  ): Promise<void> {
    if (ticket.startsWith(LOCAL))
      return this.local.finish(key, ticket.slice(LOCAL.length), outcome, startedAtMs, nowMs);
    const own = ticket.slice(SHARED.length);
    await failover(
      this.link,
      () => this.shared.finish(key, own, outcome, startedAtMs, nowMs),
      async () => {},
    );
  }

  takeRetry(key: string, cost: number): Promise<boolean> {
    return failover(
      this.link,
      () => this.shared.takeRetry(key, cost),
      () => this.local.takeRetry(key, cost),
    );
  }

  snapshot(key: string, nowMs: number): Promise<PacingSnapshot> {
    return failover(
      this.link,
      () => this.shared.snapshot(key, nowMs),
      () => this.local.snapshot(key, nowMs),
    );
  }

  async keys(): Promise<string[]> {
    return [...new Set([...(await this.shared.keys()), ...(await this.local.keys())])];
  }
}
