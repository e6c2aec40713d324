import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkFaultSettings,
  DEFAULT_FAULTS,
  FaultController,
  planFaults,
  Throttle,
  truncateBody,
  type FaultSettings,
} from './faults';
import { Rng } from './prng';

const settings = (partial: Partial<FaultSettings>): FaultSettings => ({ ...DEFAULT_FAULTS, ...partial });

describe('checkFaultSettings', () => {
  it('accepts partial settings and names the setting that is wrong', () => {
    expect(checkFaultSettings({ errorRate: 0.5, throttleQps: null })).toEqual({
      ok: true,
      value: { errorRate: 0.5, throttleQps: null },
    });
    const cases: [unknown, RegExp][] = [
      [{ errorRate: 2 }, /"errorRate" must be a number from 0 to 1/],
      [{ hangRate: '0.5' }, /"hangRate"/],
      [{ latencyMs: -1 }, /"latencyMs" must be a number of milliseconds/],
      [{ throttleQps: 0 }, /"throttleQps"/],
      [{ colour: 'red' }, /unknown fault setting "colour"/],
      [[1], /must be a JSON object/],
      [null, /must be a JSON object/],
    ];
    for (const [input, message] of cases) {
      const result = checkFaultSettings(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
  });
});

describe('FaultController', () => {
  it('changes only what it is given and refuses bad values without changing anything', () => {
    const controller = new FaultController({ latencyMs: 50 });
    controller.set({ errorRate: 1 });
    expect(controller.get()).toEqual({ ...DEFAULT_FAULTS, latencyMs: 50, errorRate: 1 });
    expect(() => controller.set({ errorRate: 1, hangMs: -5 })).toThrow(/hangMs/);
    expect(controller.get().hangMs).toBe(DEFAULT_FAULTS.hangMs);
    expect(() => new FaultController({ malformedRate: 3 })).toThrow(/malformedRate/);
  });
});

describe('planFaults', () => {
  it('never injects anything at rates of 0, and always at rates of 1', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = new Rng(seed);
        const quiet = planFaults(DEFAULT_FAULTS, () => rng.next());
        expect(quiet).toEqual({ delayMs: 0, hang: false, malformed: false });
        const loud = planFaults(
          settings({ errorRate: 1, hangRate: 1, hangMs: 700, malformedRate: 1, latencyMs: 20 }),
          () => rng.next(),
        );
        expect(loud.hang).toBe(true);
        expect(loud.malformed).toBe(true);
        expect(loud.delayMs).toBe(720);
        expect(['InternalError', 'ServiceUnavailable']).toContain(loud.failure?.code);
        expect(loud.failure?.status).toBe(loud.failure?.code === 'InternalError' ? 500 : 503);
      }),
    );
  });

  it('injects errors at about the configured rate, split between 500 and 503', () => {
    const rng = new Rng(3);
    const plans = Array.from({ length: 4000 }, () =>
      planFaults(settings({ errorRate: 0.25 }), () => rng.next()),
    );
    const internal = plans.filter((p) => p.failure?.code === 'InternalError').length;
    const unavailable = plans.filter((p) => p.failure?.code === 'ServiceUnavailable').length;
    expect(internal + unavailable).toBeGreaterThan(850);
    expect(internal + unavailable).toBeLessThan(1150);
    expect(internal).toBeGreaterThan(350);
    expect(unavailable).toBeGreaterThan(350);
  });

  it('adds jitter within 0..jitterMs on top of the latency', () => {
    const rng = new Rng(9);
    for (let i = 0; i < 200; i++) {
      const { delayMs } = planFaults(settings({ latencyMs: 100, jitterMs: 50 }), () => rng.next());
      expect(delayMs).toBeGreaterThanOrEqual(100);
      expect(delayMs).toBeLessThan(150);
    }
  });
});

describe('Throttle', () => {
  const t0 = 1_700_000_000_000;

  it('lets through qps requests per second per AccessKey and throttles the rest', () => {
    const throttle = new Throttle();
    const results = Array.from({ length: 5 }, () => throttle.take('ak1', 3, t0));
    expect(results).toEqual([true, true, true, false, false]);
    expect(throttle.take('ak2', 3, t0)).toBe(true);
    // A third of a second refills one request at 3 QPS; a full second refills all three.
    expect(throttle.take('ak1', 3, t0 + 340)).toBe(true);
    expect(throttle.take('ak1', 3, t0 + 340)).toBe(false);
    expect([1, 2, 3, 4].map(() => throttle.take('ak1', 3, t0 + 1400))).toEqual([true, true, true, false]);
  });

  it('never lets through more than qps × seconds + qps over any stretch of time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 200 }),
        (rate, gaps) => {
          const throttle = new Throttle();
          let now = t0;
          let allowed = 0;
          for (const gap of gaps) {
            now += gap;
            if (throttle.take('ak', rate, now)) allowed++;
          }
          expect(allowed).toBeLessThanOrEqual(Math.ceil(((now - t0) / 1000) * rate) + rate);
        },
      ),
    );
  });

  it('stays bounded, forgetting the AccessKey used least recently', () => {
    const throttle = new Throttle(2);
    expect(throttle.take('busy', 1, t0)).toBe(true);
    throttle.take('idle', 1, t0);
    expect(throttle.take('busy', 1, t0)).toBe(false);
    throttle.take('new', 1, t0);
    // "busy" was used after "idle", so "idle" went and "busy" is still throttled.
    expect(throttle.take('busy', 1, t0)).toBe(false);
    expect(throttle.take('idle', 1, t0)).toBe(true);
  });

  it('allows slower rates than one per second', () => {
    const throttle = new Throttle();
    expect(throttle.take('ak', 0.5, t0)).toBe(true);
    expect(throttle.take('ak', 0.5, t0 + 1000)).toBe(false);
    expect(throttle.take('ak', 0.5, t0 + 2000)).toBe(true);
  });
});

describe('truncateBody', () => {
  it('always yields text that is not valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const body = JSON.stringify({ RequestId: 'x', value });
        expect(() => JSON.parse(truncateBody(body))).toThrow();
      }),
    );
  });
});
