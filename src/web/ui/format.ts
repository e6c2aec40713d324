// Formatting for display. Times are in UTC, the API's zone, unless people prefer their browser's
// zone (a preference); the zone is always written beside the time.

const counts = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return counts.format(n);
}

/** `2024-08-19T06:07:05Z` → `2024-08-19 06:07 UTC`; anything unparseable is shown as it came. */
export function formatUtc(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/**
 * An API time in a zone: `UTC` gives `2024-08-19 06:07 UTC`, an IANA zone such as `Asia/Shanghai`
 * gives `2024-08-19 14:07 GMT+8`. Anything unparseable is shown as it came.
 */
export function formatTime(iso: string, timeZone: string): string {
  if (timeZone === 'UTC') return formatUtc(iso);
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const part = Object.fromEntries(
    zoneFormat(timeZone)
      .formatToParts(t)
      .map((p) => [p.type, p.value]),
  );
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute} ${part.timeZoneName}`;
}

/** The browser's time zone (IANA name). */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const ages = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
// The grid writes an age per row as rows scroll in; the same few hundred texts come back.
const ageTexts = new Map<string, string>();
const AGE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago an API time was, as people say it: `3 days ago`, `just now`; '' if unparseable. */
export function formatAge(iso: string, now: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const ago = now - t;
  for (const [unit, ms] of AGE_STEPS) {
    const n = Math.trunc(ago / ms);
    if (n === 0) continue;
    const key = `${n} ${unit}`;
    let text = ageTexts.get(key);
    if (text === undefined) ageTexts.set(key, (text = ages.format(-n, unit)));
    return text;
  }
  return 'just now';
}

/** `"45%"` → 45; undefined when the text holds no percentage. */
export function parsePercent(text: string): number | undefined {
  const m = /^\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*$/.exec(text);
  if (!m) return undefined;
  return Math.min(100, Number(m[1]));
}

/** Seconds as `1 h 5 min`, `4 min 10 s` or `12 s`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  return `${s} s`;
}

/** `n thing` or `n things`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
