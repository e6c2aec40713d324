// The search language in short, with examples to try (loaded when someone asks for it).

import { useEffect, useRef } from 'react';
import { linkClass, smallButtonClass } from '../ui/button';

const EXAMPLES: readonly [query: string, meaning: string][] = [
  ['ubuntu 22.04', 'every word appears somewhere in the row'],
  ['"Ubuntu 22.04"', 'the phrase, as written'],
  ['arch:arm64', 'a field contains the value; arch=arm64 is the whole value'],
  ['tag:env=prod', 'a tag with that key and value; tag:env has the key'],
  ['size>100', 'size in GiB: > >= < <= ='],
  ['created<2024-06-01', 'created before that day (UTC); 2024-06-01T08:30 for a minute'],
  ['age<30d', 'created in the last 30 days; units h, d, w, mo, y'],
  ['ubuntu -arm64', 'a minus leaves out what matches'],
  ['ubuntu OR debian arch:x86_64', 'either word, and x86_64; OR binds tighter than the spaces'],
  ['family:""', 'images without a family'],
];
const FIELDS = 'name, id, owner, status, os, platform, arch, family, region, tag, size, created, age';

export default function SearchHelp({
  onUse,
  onClose,
}: {
  onUse: (query: string) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section
      id="search-help"
      ref={ref}
      tabIndex={-1}
      aria-label="Search syntax"
      className="absolute top-full left-0 z-30 mt-1 w-[min(34rem,calc(100vw-2rem))] rounded-md border border-zinc-300 bg-white p-3 text-xs shadow-lg focus:outline-none dark:border-zinc-600 dark:bg-zinc-900"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="mb-2 text-zinc-700 dark:text-zinc-300">
        Searches the rows already loaded, in this browser. Fields: {FIELDS}.
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {EXAMPLES.map(([query, meaning]) => (
          <div key={query} className="contents">
            <dt className="whitespace-nowrap">
              <button
                type="button"
                className={`${linkClass} font-mono`}
                aria-label={`Search for ${query}`}
                onClick={() => onUse(query)}
              >
                {query}
              </button>
            </dt>
            <dd className="text-zinc-600 dark:text-zinc-400">{meaning}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className={`${smallButtonClass} mt-2`} onClick={onClose}>
        Close
      </button>
    </section>
  );
}
