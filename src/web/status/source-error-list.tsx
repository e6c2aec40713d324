import type { ErrorOrigin } from '../images/ecs-api';
import type { SourceStatus } from '../images/use-image-catalog';
import { linkClass, smallButtonClass } from '../ui/button';
import { sourceLabel } from '../view-state/image-sources';
import { groupProblems } from './source-problems';

/** Who raised an error, said plainly: only the service's own errors are Alibaba Cloud's. */
const ORIGIN_TEXT: Record<ErrorOrigin, string> = {
  service: 'ECS answered',
  proxy: 'The dashboard’s proxy answered',
  browser: 'The browser got no usable answer from the dashboard’s server',
};

/**
 * Failed requests, each with its Code and Message, who raised it, and — for the service's own
 * errors — the RequestId and troubleshooting link; a Retry each, and Retry all failed. Rows already
 * loaded stay in the table; only what failed is fetched again.
 */
export function SourceErrorList({
  sources,
  rowsLoaded,
  onRetryAll,
}: {
  sources: readonly SourceStatus[];
  rowsLoaded: number;
  onRetryAll: () => void;
}) {
  const failed = sources.flatMap((status) =>
    status.state === 'error' && status.error
      ? [{ status, code: status.error.code, message: status.error.body.Message }]
      : [],
  );
  if (failed.length === 0) return null;
  const groups = groupProblems(failed);
  return (
    <section
      aria-labelledby="errors-heading"
      className="rounded-md border border-red-300 bg-red-50 p-2 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id="errors-heading" className="text-sm font-semibold">
          {failed.length === sources.length && sources.length === 1
            ? 'The request failed'
            : `${failed.length} of ${sources.length} requests failed`}
          {rowsLoaded > 0 && (
            <span className="font-normal"> — the images already loaded stay in the table.</span>
          )}
        </h2>
        {failed.length > 1 && (
          <button type="button" className={smallButtonClass} onClick={onRetryAll}>
            Retry all failed
          </button>
        )}
      </div>
      <ul className="mt-1 space-y-2">
        {groups.map((group) => {
          const error = group.members[0]!.error!;
          const attempts = error.answerStatus?.attempts ?? 0;
          return (
            <li key={`${group.code}:${group.message}`} role="alert">
              <p className="text-sm">
                {ORIGIN_TEXT[error.origin]} <code className="font-mono font-semibold">{group.code}</code>:{' '}
                {group.message}
                {error.origin === 'proxy' && (
                  <span className="text-xs"> (the proxy’s own error, not one from Alibaba Cloud)</span>
                )}
                {attempts > 1 && <span className="text-xs"> — after {attempts} calls to ECS</span>}
              </p>
              <ul className="mt-0.5 space-y-0.5">
                {group.members.map((s) => (
                  <li key={s.source.key} className="flex flex-wrap items-center gap-x-3 text-xs">
                    <span className="font-medium">{sourceLabel(s.source)}</span>
                    {s.error?.body.RequestId && (
                      <span>
                        RequestId <span className="font-mono select-all">{s.error.body.RequestId}</span>
                      </span>
                    )}
                    {s.error?.body.Recommend && (
                      <a className={linkClass} href={s.error.body.Recommend} target="_blank" rel="noreferrer">
                        Troubleshoot {group.code}
                      </a>
                    )}
                    <button type="button" className={smallButtonClass} onClick={s.retry}>
                      Retry {sourceLabel(s.source)}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
