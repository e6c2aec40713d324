// What the pickers of a parameter the page fans out over (accounts, regions) show alike: the
// choice at a glance, and a footer that says what several mean and goes back to the default.

import { Pill } from '../ui/multi-select';

/** The first value chosen and how many more, or the default when none is. */
export function FanOutSummary({ chosen, defaultValue }: { chosen: readonly string[]; defaultValue: string }) {
  if (chosen.length === 0) return <Pill tone="muted">{defaultValue} (default)</Pill>;
  return (
    <>
      <Pill>{chosen[0]}</Pill>
      {chosen.length > 1 && <Pill>+{chosen.length - 1}</Pill>}
    </>
  );
}

/** "Several regions: one request each…", and the way back to the default once one is chosen. */
export function FanOutFooter(props: {
  several: string;
  resetLabel: string;
  chosen: boolean;
  onReset: () => void;
}) {
  return (
    <p className="text-xs text-zinc-500 dark:text-zinc-400">
      {props.several}{' '}
      {props.chosen && (
        <button type="button" className="text-blue-700 underline dark:text-blue-300" onClick={props.onReset}>
          {props.resetLabel}
        </button>
      )}
    </p>
  );
}
