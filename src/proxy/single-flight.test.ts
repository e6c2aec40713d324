import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight';

/** A call that ends when the test says so, and says whether it was cancelled. */
function heldCall() {
  let finish!: (value: string) => void;
  const call = { starts: 0, cancelled: false };
  const start = (signal: AbortSignal) => {
    call.starts++;
    signal.addEventListener('abort', () => (call.cancelled = true));
    return new Promise<string>((resolve) => (finish = resolve));
  };
  return { call, start, finish: (value: string) => finish(value) };
}

describe('SingleFlight', () => {
  it('makes identical calls in flight at once only once, and hands the answer to every waiter', async () => {
    const flights = new SingleFlight<string>();
    const { call, start, finish } = heldCall();
    const waiters = Array.from({ length: 30 }, () => flights.run('k', new AbortController().signal, start));
    expect(flights.waiters('k')).toBe(30);
    finish('answer');
    const results = await Promise.all(waiters);
    expect(call.starts).toBe(1);
    expect(results[0]).toEqual({ value: 'answer', shared: false });
    expect(results.slice(1).every((r) => 'value' in r && r.value === 'answer' && r.shared)).toBe(true);
    // Once answered, the next identical call is a new one.
    const again = heldCall();
    const next = flights.run('k', new AbortController().signal, again.start);
    again.finish('fresh');
    expect(await next).toEqual({ value: 'fresh', shared: false });
  });

  it('keeps the call going while anyone waits, and cancels it when the last waiter leaves', async () => {
    const flights = new SingleFlight<string>();
    const { call, start, finish } = heldCall();
    const first = new AbortController();
    const second = new AbortController();
    const a = flights.run('k', first.signal, start);
    const b = flights.run('k', second.signal, start);
    first.abort();
    expect(await a).toEqual({ aborted: true });
    expect(call.cancelled).toBe(false);
    second.abort();
    expect(await b).toEqual({ aborted: true });
    expect(call.cancelled).toBe(true);
    finish('too late');
    expect(flights.waiters('k')).toBe(0);
  });

  it('keeps different calls apart', async () => {
    const flights = new SingleFlight<string>();
    const one = heldCall();
    const two = heldCall();
    const a = flights.run('a', new AbortController().signal, one.start);
    const b = flights.run('b', new AbortController().signal, two.start);
    one.finish('A');
    two.finish('B');
    expect([await a, await b]).toEqual([
      { value: 'A', shared: false },
      { value: 'B', shared: false },
    ]);
  });
});
