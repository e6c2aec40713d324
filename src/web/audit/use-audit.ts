// Everything the audit screen shows, from the view's regions to the report:
//
//   regions ─ auditImageSources ─→ DescribeImages self, every status, per region (the list's machinery)
//           ─ AuditRunner ───────→ counts, plan, the calls (visible rows first), the facts
//           ─ buildAuditReport ──→ rows, verdicts and totals under the person's settings
//
// The runner lives as long as the regions do; leaving the audit stops its calls (their answers so
// far stay in react-query's cache).

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useDefaultAccount, useDefaultRegion } from '../images/session-queries';
import { useImageCatalog, type ImageCatalog } from '../images/use-image-catalog';
import { buildAuditReport, type AuditReport } from './audit-report';
import { AuditRunner, type AuditRunState } from './audit-runner';
import type { AuditSettings } from './audit-settings';
import { auditImageSources } from './audit-sources';
import type { ImageSource } from '../view-state/image-sources';

const NO_SOURCES: readonly ImageSource[] = [];

export interface Audit {
  /** The regions audited; empty until the session names the default region. */
  regionIds: readonly string[];
  catalog: ImageCatalog;
  run: AuditRunState;
  runner: AuditRunner;
  report: AuditReport;
}

export function useAudit(regions: readonly string[], settings: AuditSettings): Audit {
  const defaultRegionId = useDefaultRegion();
  // The audit is of the session's default account (with an accounts file; null without one).
  const account = useDefaultAccount();
  const regionIfNone = regions.length ? undefined : defaultRegionId;
  const sources = useMemo(
    () => (account === undefined ? NO_SOURCES : auditImageSources(regions, regionIfNone, account)),
    [regions, regionIfNone, account],
  );
  const regionIds = useMemo(() => sources.map((s) => s.regionId), [sources]);
  const catalog = useImageCatalog(sources);

  const client = useQueryClient();
  const regionKey = regionIds.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new runner for other regions or another account only
  const runner = useMemo(() => new AuditRunner(client, account ?? undefined), [client, regionKey, account]);
  useEffect(() => {
    runner.open();
    return () => runner.close();
  }, [runner]);

  // Regions whose list is complete take part; one that failed waits for its Retry.
  const doneKey = catalog.sources
    .filter((s) => s.state === 'done')
    .map((s) => s.source.regionId)
    .join(',');
  const rows = catalog.rows;
  const doneRows = useMemo(() => {
    const done = new Set(doneKey.split(','));
    return rows.filter((r) => done.has(r.regionId));
  }, [rows, doneKey]);
  useEffect(() => {
    runner.setImages(doneKey ? doneKey.split(',') : [], doneRows);
  }, [runner, doneKey, doneRows]);

  const run = useSyncExternalStore(runner.subscribe, runner.getSnapshot);
  const report = useMemo(
    () => buildAuditReport(doneRows, run.facts, settings, run.at),
    // The facts are filled in place; `version` says when they changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doneRows, run.facts, run.version, run.at, settings],
  );
  return { regionIds, catalog, run, runner, report };
}
