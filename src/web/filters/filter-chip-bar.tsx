import type { Navigate } from '../view-state/view-url-store';
import type { ViewState } from '../view-state/view-state';
import type { FilterChip } from './filter-chips';

function Chip({ chip, onRemove }: { chip: FilterChip; onRemove?: () => void }) {
  const text = `${chip.label}: ${chip.value}`;
  const tone = chip.isDefault
    ? 'border-dashed border-zinc-300 text-zinc-600 dark:border-zinc-600 dark:text-zinc-400'
    : chip.scope === 'client'
      ? 'border-violet-300 bg-violet-50 text-violet-900 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100'
      : 'border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-100';
  return (
    <li
      className={`flex shrink-0 items-center gap-1 rounded-full border py-0.5 pr-1 pl-2 text-xs whitespace-nowrap ${tone}`}
      title={chip.parameter}
    >
      <span>
        <span className="font-medium">{chip.label}:</span> {chip.value}
      </span>
      {onRemove ? (
        <button
          type="button"
          aria-label={`Remove filter ${text}`}
          className="rounded-full px-1 leading-none hover:bg-black/10 dark:hover:bg-white/10"
          onClick={onRemove}
        >
          ×
        </button>
      ) : (
        <span className="pr-1" />
      )}
    </li>
  );
}

/** Active filters, server-side (API parameters) apart from client-side (loaded rows only). */
export function FilterChipBar({
  chips,
  view,
  navigate,
}: {
  chips: readonly FilterChip[];
  view: ViewState;
  navigate: Navigate;
}) {
  const server = chips.filter((c) => c.scope === 'server');
  const client = chips.filter((c) => c.scope === 'client');
  const group = (id: string, title: string, items: readonly FilterChip[]) => (
    <div className="flex shrink-0 items-center gap-1.5">
      <h3 id={id} className="text-xs font-semibold whitespace-nowrap text-zinc-600 dark:text-zinc-400">
        {title}
      </h3>
      <ul aria-labelledby={id} className="flex gap-1.5">
        {items.map((chip) => (
          <Chip key={chip.id} chip={chip} onRemove={chip.remove && (() => navigate(chip.remove!(view)))} />
        ))}
      </ul>
    </div>
  );
  return (
    // One line that scrolls sideways when full: chips coming and going never move the table.
    <section
      aria-label="Active filters"
      className="flex h-7 shrink-0 items-center gap-x-4 overflow-x-auto overflow-y-hidden whitespace-nowrap"
    >
      {group('server-chips', 'Server-side · API parameters', server)}
      {client.length > 0 && group('client-chips', 'Client-side · loaded rows only', client)}
    </section>
  );
}
