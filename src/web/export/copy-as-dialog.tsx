// The view as code, ready to paste: aliyun CLI commands, Terraform data sources (with what they
// cannot express), TypeScript, Python and Go with the official SDKs, and links to the OpenAPI
// Explorer. A modal dialog with one tab per kind; each tab has its own Copy button.

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { buttonClass, linkClass, smallButtonClass } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import type { ImageSource } from '../view-state/image-sources';
import type { ViewState } from '../view-state/view-state';
import { cliScript } from './cli-command';
import { codePlan } from './code-plan';
import { openApiExplorerLink } from './openapi-explorer-link';
import { goSnippet, pythonSnippet, typescriptSnippet } from './sdk-snippets';
import { terraformCode } from './terraform-block';

const TABS = [
  { id: 'cli', label: 'aliyun CLI' },
  { id: 'terraform', label: 'Terraform' },
  { id: 'typescript', label: 'TypeScript' },
  { id: 'python', label: 'Python' },
  { id: 'go', label: 'Go' },
  { id: 'explorer', label: 'OpenAPI Explorer' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function Code({ code, label }: { code: string; label: string }) {
  return (
    <>
      <div className="mb-1 flex items-center justify-end gap-2">
        <CopyButton
          label={`Copy ${label}`}
          text={() => code}
          copied="Copied."
          blocked="Copying is blocked here; select the text instead."
          className={smallButtonClass}
          statusClassName="text-xs text-zinc-600 dark:text-zinc-400"
          statusFirst
        />
      </div>
      <div
        role="region"
        tabIndex={0}
        aria-label={`${label} code`}
        className="max-h-[55vh] overflow-auto rounded bg-zinc-100 p-2 dark:bg-zinc-900"
      >
        <pre className="font-mono text-xs whitespace-pre">{code}</pre>
      </div>
    </>
  );
}

export default function CopyAsDialog(props: {
  view: ViewState;
  sources: readonly ImageSource[];
  /** Each region's endpoint host (codePlan). */
  endpointOf: (regionId: string) => string;
  onClose: () => void;
}) {
  const { view, sources, endpointOf, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<TabId>('cli');
  const plan = useMemo(() => codePlan(view, sources, endpointOf), [view, sources, endpointOf]);
  const terraform = useMemo(() => terraformCode(plan), [plan]);
  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    setTab(TABS[next]!.id);
    document.getElementById(`copy-as-tab-${TABS[next]!.id}`)?.focus();
  };

  let panel: ReactNode;
  if (tab === 'cli') panel = <Code code={cliScript(plan)} label="aliyun CLI" />;
  else if (tab === 'terraform')
    panel = (
      <>
        {terraform.unsupported.length > 0 ? (
          <div className="mb-2 rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
            <p className="font-semibold">Not expressible in data "alicloud_images":</p>
            <ul className="ml-4 list-disc">
              {terraform.unsupported.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">
            Every filter of the view is expressed.
          </p>
        )}
        <Code code={terraform.code} label="Terraform" />
      </>
    );
  else if (tab === 'typescript') panel = <Code code={typescriptSnippet(plan)} label="TypeScript" />;
  else if (tab === 'python') panel = <Code code={pythonSnippet(plan)} label="Python" />;
  else if (tab === 'go') panel = <Code code={goSnippet(plan)} label="Go" />;
  else
    panel = (
      <>
        <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">
          The Explorer runs one call at a time, signed with the account you are logged in with.
        </p>
        <ul className="space-y-1 text-sm">
          {plan.calls.map((call) => (
            <li key={call.label} className="flex items-center gap-2">
              <a className={linkClass} href={openApiExplorerLink(call)} target="_blank" rel="noreferrer">
                {call.label} in the OpenAPI Explorer
              </a>
              <CopyButton
                label="Copy link"
                text={() => openApiExplorerLink(call)}
                copied="Copied."
                blocked="Copying is blocked here."
                className={smallButtonClass}
                statusClassName="text-xs text-zinc-600 dark:text-zinc-400"
              />
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <dialog
      ref={dialog}
      aria-labelledby="copy-as-title"
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(60rem,95vw)] rounded-lg border border-zinc-300 bg-white p-4 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
    >
      <div className="mb-2 flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <h2 id="copy-as-title" className="text-base font-semibold">
            Copy the view as code
          </h2>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {plan.calls.length === 1
              ? 'One DescribeImages call'
              : `${plan.calls.length} DescribeImages calls, one per region × owner`}
            , every page, each image once.
            {plan.clientSide.length > 0 && ` Not in the calls: ${plan.clientSide.join('; ')}.`}
          </p>
        </div>
        <button type="button" className={buttonClass} onClick={onClose}>
          Close
        </button>
      </div>
      <div
        role="tablist"
        aria-label="Kind of code"
        className="mb-2 flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800"
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`copy-as-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls="copy-as-panel"
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={onTabKey}
            className={`-mb-px border-b-2 px-2 py-1 text-sm ${
              tab === t.id
                ? 'border-blue-600 font-semibold text-blue-800 dark:border-blue-400 dark:text-blue-200'
                : 'border-transparent text-zinc-700 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white'
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="copy-as-panel" role="tabpanel" aria-labelledby={`copy-as-tab-${tab}`}>
        {panel}
      </div>
    </dialog>
  );
}
