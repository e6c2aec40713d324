import type { SourceStatus } from '../images/use-image-catalog';
import { linkClass, smallButtonClass } from '../ui/button';
import { sourceLabel } from '../view-state/image-sources';
import { groupProblems } from './source-problems';

/**
 * Failed requests, each with the service's Code, Message, RequestId and troubleshooting link, and
 * a Retry. Rows already loaded stay in the table; only what failed is fetched again.
 */
export function SourceErrorList({
  sources,
  rowsLoaded,
}: {
  sources: readonly SourceStatus[];
  rowsLoaded: number;
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
      <h2 id="errors-heading" className="text-sm font-semibold">
        {failed.length === sources.length
          ? 'The request failed'
          : `${failed.length} of ${sources.length} requests failed`}
        {rowsLoaded > 0 && (
          <span className="font-normal"> — the images already loaded stay in the table.</span>
        )}
      </h2>
      <ul className="mt-1 space-y-2">
        {groups.map((group) => (
          <li key={`${group.code}:${group.message}`} role="alert">
            <p className="text-sm">
              <code className="font-mono font-semibold">{group.code}</code>: {group.message}
              {group.members[0]?.error?.body.Source === 'proxy' && (
                <span className="text-xs"> (raised by the dashboard's proxy, not by ECS)</span>
              )}
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
        ))}
      </ul>
    </section>
  );
}
