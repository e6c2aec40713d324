// Export: the rows on show (after search and sort; in the family view its lines) as CSV with the
// visible columns, or as JSON with every field. This menu loads once there are rows to export
// (export-button.tsx), the writers on first use; a progress bar shows when an export takes longer
// than 200 ms.

import { useEffect, useRef, useState } from 'react';
import type { ImageColumn } from '../columns/image-columns';
import type { ImageRow } from '../columns/image-row';
import { formatCount } from '../ui/format';
import { Popover } from './popover';
import type { ExportFormat } from './export-writers';

const PROGRESS_AFTER_MS = 200;

type ExportState =
  | { state: 'idle'; message: string }
  | { state: 'running'; format: ExportFormat; done: number; total: number; showProgress: boolean };

export default function ExportMenu(props: { rows: readonly ImageRow[]; columns: readonly ImageColumn[] }) {
  const { rows, columns } = props;
  const [status, setStatus] = useState<ExportState>({ state: 'idle', message: '' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async (format: ExportFormat) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const total = rows.length;
    setStatus({ state: 'running', format, done: 0, total, showProgress: false });
    const timer = setTimeout(
      () => setStatus((s) => (s.state === 'running' ? { ...s, showProgress: true } : s)),
      PROGRESS_AFTER_MS,
    );
    try {
      const { writeExport, download, exportFileName } = await import('./export-run');
      const blob = await writeExport(
        format,
        rows,
        columns,
        ({ done }) => setStatus((s) => (s.state === 'running' ? { ...s, done } : s)),
        controller.signal,
      );
      const name = exportFileName(format, new Date());
      download(blob, name);
      setStatus({
        state: 'idle',
        message: `Exported ${formatCount(total)} ${total === 1 ? 'row' : 'rows'} to ${name}.`,
      });
    } catch (error) {
      setStatus({
        state: 'idle',
        message: controller.signal.aborted ? 'Export cancelled.' : `Export failed: ${String(error)}`,
      });
    } finally {
      clearTimeout(timer);
    }
  };

  const running = status.state === 'running' ? status : undefined;
  const count = formatCount(rows.length);
  return (
    <div className="relative flex items-end gap-2">
      <Popover label="Export" disabled={rows.length === 0 || running !== undefined}>
        <PopoverItem
          onClick={() => void start('csv')}
          title="CSV"
          detail={`${count} rows, the visible columns, UTF-8`}
        />
        <PopoverItem
          onClick={() => void start('json')}
          title="JSON"
          detail={`${count} images, every field as the API names it`}
        />
      </Popover>
      {running?.showProgress && (
        <div className="absolute top-full right-0 z-20 mt-1 flex w-72 items-center gap-2 rounded-md border border-zinc-300 bg-white p-2 text-xs shadow-lg dark:border-zinc-600 dark:bg-zinc-900">
          <div
            role="progressbar"
            aria-label={`Exporting ${running.format.toUpperCase()}`}
            aria-valuemin={0}
            aria-valuemax={running.total}
            aria-valuenow={running.done}
            aria-valuetext={`${formatCount(running.done)} of ${formatCount(running.total)} rows`}
            className="h-1.5 flex-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-700"
          >
            <div
              className="h-full origin-left bg-blue-600 dark:bg-blue-400"
              style={{ transform: `scaleX(${running.total ? running.done / running.total : 1})` }}
            />
          </div>
          <span className="tabular-nums">
            {formatCount(running.done)} / {formatCount(running.total)}
          </span>
          <button type="button" className="underline" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      <span role="status" className="sr-only">
        {status.state === 'idle' ? status.message : ''}
      </span>
    </div>
  );
}

function PopoverItem(props: { title: string; detail: string; onClick: () => void }) {
  return (
    <li>
      <button
        type="button"
        onClick={props.onClick}
        className="flex w-full flex-col items-start rounded px-2 py-1 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        <span className="text-sm font-medium">{props.title}</span>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">{props.detail}</span>
      </button>
    </li>
  );
}
