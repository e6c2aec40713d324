import { useRef, useState } from 'react';
import { DRY_RUN_PASSED_CODE } from '../../ecs/api-errors';
import { buttonClass, linkClass, smallButtonClass } from '../ui/button';
import { plural } from '../ui/format';
import { sourceLabel, type ImageSource } from '../view-state/image-sources';
import { checkRequests, type DryRunVerdict } from './dry-run';

type CheckState = { state: 'idle' } | { state: 'running' } | { state: 'done'; verdicts: DryRunVerdict[] };

/** The DryRun parameter as a button: each planned call checked by the service, verdict per call. */
export function CheckRequestButton({
  sources,
  onResult,
}: {
  sources: readonly ImageSource[];
  onResult: (s: CheckState) => void;
}) {
  const abort = useRef<AbortController | null>(null);
  const [running, setRunning] = useState(false);
  return (
    <button
      type="button"
      className={buttonClass}
      disabled={running}
      title="Send each planned request once with DryRun=true: the service checks parameters and permissions without listing images."
      onClick={async () => {
        abort.current?.abort();
        const controller = (abort.current = new AbortController());
        setRunning(true);
        onResult({ state: 'running' });
        const verdicts = await checkRequests(sources, controller.signal);
        setRunning(false);
        if (!controller.signal.aborted) onResult({ state: 'done', verdicts });
      }}
    >
      {running ? 'Checking…' : 'Check request'}
    </button>
  );
}

export type { CheckState };

export function CheckRequestResults({ check, onClose }: { check: CheckState; onClose: () => void }) {
  if (check.state === 'idle') return null;
  const verdicts = check.state === 'done' ? check.verdicts : [];
  const failed = verdicts.filter((v) => !v.passed).length;
  const summary =
    check.state === 'running'
      ? 'Checking the requests with DryRun=true…'
      : failed === 0
        ? `All ${plural(verdicts.length, 'request')} passed the check (${DRY_RUN_PASSED_CODE}).`
        : `${failed} of ${plural(verdicts.length, 'request')} would fail.`;
  return (
    <section
      aria-labelledby="check-heading"
      className="rounded-md border border-zinc-300 bg-zinc-50 p-2 dark:border-zinc-700 dark:bg-zinc-900"
    >
      <div className="flex items-center gap-2">
        <h2 id="check-heading" className="text-sm font-semibold">
          Request check (DryRun)
        </h2>
        <p role="status" className="text-sm">
          {summary}
        </p>
        <button type="button" className={`${smallButtonClass} ml-auto`} onClick={onClose}>
          Close
        </button>
      </div>
      {verdicts.length > 0 && (
        <ul className="mt-1 space-y-0.5">
          {verdicts.map((v) => (
            <li key={v.source.key} className="flex flex-wrap items-baseline gap-x-2 text-xs">
              <span
                className={
                  v.passed
                    ? 'font-semibold text-emerald-700 dark:text-emerald-300'
                    : 'font-semibold text-red-700 dark:text-red-300'
                }
              >
                {v.passed ? '✓ Passed' : '✗ Failed'}
              </span>
              <span className="font-medium">{sourceLabel(v.source)}</span>
              <code className="font-mono">{v.code}</code>
              <span className="text-zinc-600 dark:text-zinc-400">{v.message}</span>
              {v.requestId && <span className="font-mono text-zinc-500">RequestId {v.requestId}</span>}
              {!v.passed && v.recommend && (
                <a className={linkClass} href={v.recommend} target="_blank" rel="noreferrer">
                  Troubleshoot
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
