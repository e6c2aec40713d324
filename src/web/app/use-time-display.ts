// How the page reads times, from the person's preferences: a zone, ages or exact times, and the
// minute now, so ages ("3 days ago") move on while the page stays open.

import { useEffect, useMemo, useState } from 'react';
import type { TimeDisplay } from '../columns/image-columns';
import { browserTimeZone } from '../ui/format';
import type { Preferences } from '../view-state/preferences';

function useMinute(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function useTimeDisplay({
  timeZone,
  timeStyle,
}: Pick<Preferences, 'timeZone' | 'timeStyle'>): TimeDisplay {
  const now = useMinute();
  return useMemo(
    () => ({ zone: timeZone === 'utc' ? 'UTC' : browserTimeZone(), age: timeStyle === 'age', now }),
    [timeZone, timeStyle, now],
  );
}
