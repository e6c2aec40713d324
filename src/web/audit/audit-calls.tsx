// What the audit costs in API calls: the plan before it runs (and, above a few dozen calls, the
// question whether to run it), the progress while it runs with Stop, and the calls that failed with
// the service's Code, Message and RequestId and a Retry.

import type { ImageCatalog } from '../images/use-image-catalog';

/** What the line about the listing needs of the catalog. */
type CatalogListing = Pick<ImageCatalog, 'rows' | 'sources' | 'totalCount'>;
import { buttonClass, linkClass, smallButtonClass } from '../ui/button';
import { formatCount, plural } from '../ui/format';
import { FETCH_PAGE_SIZE } from '../view-state/image-sources';
import type { AuditPlan, RegionPlan } from './audit-plan';
import type { AuditRunner, AuditRunState, FailedCall } from './audit-runner';
import { taskLabel } from './audit-tasks';

function instanceWay(region: RegionPlan): string {
  const { regionId, instanceStrategy: way, perImageCalls, regionScanCalls } = region;
  switch (way) {
    case 'none':
      return `${regionId}: no image is in use, no call needed`;
    case 'counted':
      return `${regionId}: the count already listed every instance`;
    case 'per-image':
      return regionScanCalls === undefined
        ? `${regionId}: by image, ${plural(perImageCalls, 'call')}`
        : `${regionId}: by image, ${plural(perImageCalls, 'call')} (a region scan would take ${formatCount(regionScanCalls)})`;
    case 'region-scan':
      return `${regionId}: a region scan, ${plural(regionScanCalls ?? 0, 'page')} (by image would take ${formatCount(perImageCalls)})`;
    case 'uncounted':
      return `${regionId}: counting instances first`;
  }
}

function PlanDetails({ plan }: { plan: AuditPlan }) {
  return (
    <ul className="mt-1 list-disc pl-5 text-xs text-zinc-700 dark:text-zinc-300">
      <li>
        DescribeInstances: {plural(plan.calls.instances, 'call')} — {plan.regions.map(instanceWay).join('; ')}
        .
      </li>
      <li>DescribeSnapshots: {plural(plan.calls.snapshots, 'call')}, up to 100 snapshot IDs each.</li>
      <li>DescribeImageSharePermission: {plural(plan.calls.shares, 'call')}, one per shared image.</li>
    </ul>
  );
}

function FailedCalls({ failed, onRetry }: { failed: readonly FailedCall[]; onRetry: () => void }) {
  if (failed.length === 0) return null;
  return (
    <div
      role="alert"
      className="mt-2 rounded-md border border-red-300 bg-red-50 p-2 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <div className="flex items-center gap-2">
        <p className="text-sm font-semibold">
          {plural(failed.length, 'call')} failed; what they would tell stays unknown.
        </p>
        <button type="button" className={smallButtonClass} onClick={onRetry}>
          Retry the failed calls
        </button>
      </div>
      <ul className="mt-1 space-y-0.5 text-xs">
        {failed.slice(0, 5).map(({ task, error }) => (
          <li key={task.id}>
            {taskLabel(task)}: <code className="font-semibold">{error.code}</code> {error.body.Message}
            {error.body.RequestId && (
              <>
                {' '}
                · RequestId <span className="font-mono select-all">{error.body.RequestId}</span>
              </>
            )}
            {error.body.Recommend && (
              <>
                {' · '}
                <a className={linkClass} href={error.body.Recommend} target="_blank" rel="noreferrer">
                  Troubleshoot
                </a>
              </>
            )}
          </li>
        ))}
        {failed.length > 5 && <li>and {plural(failed.length - 5, 'more call')}</li>}
      </ul>
    </div>
  );
}

/** DescribeImages pages the list took: at least one per region. */
function listCalls(catalog: CatalogListing): number {
  return catalog.sources.reduce((n, s) => n + Math.max(1, Math.ceil((s.total ?? 0) / FETCH_PAGE_SIZE)), 0);
}

export function AuditCalls(props: { catalog: CatalogListing; run: AuditRunState; runner: AuditRunner }) {
  const { catalog, run, runner } = props;
  const { phase, plan, callsPlanned, callsMade, countCalls } = run;
  const listed = catalog.rows.length;
  const made = callsMade + countCalls;
  let line: string;
  switch (phase) {
    case 'listing':
      line = `Listing your custom images: ${formatCount(listed)}${catalog.totalCount ? ` of ${formatCount(catalog.totalCount)}` : ''} so far.`;
      break;
    case 'counting':
      line =
        'Counting the instances of the regions, to choose the cheaper way to find the ones that run each image.';
      break;
    case 'asking':
      line = `Listing your ${plural(catalog.rows.length, 'custom image')} took ${plural(listCalls(catalog), 'call')}${countCalls ? `, counting instances ${formatCount(countCalls)}` : ''}. The audit will make ${plural(callsPlanned - callsMade, 'more API call')}: they go through the dashboard's proxy, 4 at a time, and count against your account's API quota.`;
      break;
    case 'running':
      line = `Made ${formatCount(callsMade)} of ${plural(callsPlanned, 'call')}.`;
      break;
    case 'stopped':
      line = `Stopped after ${formatCount(callsMade)} of ${plural(callsPlanned, 'call')}; what is not known yet shows as “…”.`;
      break;
    case 'done':
      line = `Done: ${plural(made, 'API call')} besides listing the images${countCalls ? `, ${formatCount(countCalls)} of them to count instances` : ''}${run.failed.length ? `; ${formatCount(run.failed.length)} failed` : ''}. Answers are kept for five minutes.`;
      break;
  }
  const showProgress = phase === 'running' || phase === 'stopped';
  return (
    <section
      aria-labelledby="audit-calls-heading"
      className="rounded-md border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <h2 id="audit-calls-heading" className="sr-only">
        API calls
      </h2>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {showProgress && (
          <div
            role="progressbar"
            aria-label="Audit calls made"
            aria-valuemin={0}
            aria-valuemax={Math.max(callsPlanned, 1)}
            aria-valuenow={callsMade}
            aria-valuetext={`${formatCount(callsMade)} of ${formatCount(callsPlanned)} calls`}
            className="h-1.5 w-32 shrink-0 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
          >
            <div
              className="h-full origin-left rounded-full bg-blue-600 transition-transform dark:bg-blue-400"
              style={{ transform: `scaleX(${callsPlanned ? callsMade / callsPlanned : 0})` }}
            />
          </div>
        )}
        <p role="status" className="min-w-0 flex-1 text-sm">
          {line}
        </p>
        {phase === 'asking' && (
          <button type="button" className={buttonClass} onClick={() => runner.start()}>
            Run the audit ({plural(callsPlanned - callsMade, 'call')})
          </button>
        )}
        {(phase === 'running' || phase === 'counting') && (
          <button type="button" className={buttonClass} onClick={() => runner.stop()}>
            Stop
          </button>
        )}
        {phase === 'stopped' && (
          <button type="button" className={buttonClass} onClick={() => runner.start()}>
            Continue
          </button>
        )}
      </div>
      {plan && phase !== 'listing' && phase !== 'counting' && (
        <details open={phase === 'asking'} className="mt-1">
          <summary className="cursor-pointer text-xs text-zinc-600 dark:text-zinc-400">
            How the calls are planned
          </summary>
          <PlanDetails plan={plan} />
        </details>
      )}
      <FailedCalls failed={run.failed} onRetry={() => runner.retryFailed()} />
    </section>
  );
}
