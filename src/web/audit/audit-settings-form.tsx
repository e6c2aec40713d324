// The audit settings: the price per GiB and month the cost is estimated with, its currency, and
// after how many days an unused image is proposed. Kept in this browser; a value that is not valid
// is explained and the last valid one stays in use.

import { useState } from 'react';
import type { Result } from '../../ecs/result';
import { smallButtonClass } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import {
  DEFAULT_AUDIT_SETTINGS,
  parseCurrency,
  parsePrice,
  parseUnusedDays,
  type AuditSettings,
} from './audit-settings';
import type { AuditSettingsControl } from './use-audit-settings';

function SettingInput<K extends keyof AuditSettings>(props: {
  id: string;
  label: string;
  help: string;
  name: K;
  control: AuditSettingsControl;
  parse: (text: string) => Result<AuditSettings[K], string>;
  className: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
}) {
  const { id, label, help, name, control, parse, className, inputMode } = props;
  const current = String(control.settings[name]);
  const [text, setText] = useState(current);
  const [error, setError] = useState<string>();
  // Another tab, or Reset, changed the setting: show it.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setText(current);
    setError(undefined);
  }
  return (
    <Field id={id} label={label} help={help} error={error} className={className}>
      <input
        id={id}
        className={inputClass}
        value={text}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, Boolean(error))}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parse(e.target.value);
          setError(parsed.ok ? undefined : parsed.error);
          if (parsed.ok && parsed.value !== control.settings[name]) {
            setShown(String(parsed.value));
            control.save({ ...control.settings, [name]: parsed.value });
          }
        }}
      />
    </Field>
  );
}

export function AuditSettingsForm({ control }: { control: AuditSettingsControl }) {
  const { settings } = control;
  return (
    <details className="rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
      <summary className="cursor-pointer text-sm font-medium">
        Settings: {settings.currency} {settings.pricePerGiBMonth} per GiB and month; unused for{' '}
        {settings.unusedDays} days or more
      </summary>
      <div className="mt-2 flex flex-wrap items-start gap-3">
        <SettingInput
          id="audit-price"
          label="Price per GiB and month"
          help="Snapshot storage, pay-as-you-go."
          name="pricePerGiBMonth"
          control={control}
          parse={parsePrice}
          inputMode="decimal"
          className="w-56"
        />
        <SettingInput
          id="audit-currency"
          label="Currency"
          help="Its three-letter code."
          name="currency"
          control={control}
          parse={parseCurrency}
          className="w-36"
        />
        <SettingInput
          id="audit-days"
          label="Unused after (days)"
          help="Younger images are never proposed."
          name="unusedDays"
          control={control}
          parse={parseUnusedDays}
          inputMode="numeric"
          className="w-56"
        />
        <button
          type="button"
          className={`${smallButtonClass} mt-5`}
          onClick={() => control.save(DEFAULT_AUDIT_SETTINGS)}
        >
          Reset to defaults
        </button>
      </div>
      <p className="mt-2 max-w-3xl text-xs text-zinc-600 dark:text-zinc-400">
        The default, USD 0.02 per GiB and month, is the pay-as-you-go snapshot price Alibaba Cloud&apos;s
        snapshot billing page uses in its example for China (Hangzhou). Real prices differ by region, snapshot
        type and storage plan, and a free quota may apply: every amount here is an estimate from what the
        snapshots hold, not a bill. These settings are kept in this browser only.
      </p>
    </details>
  );
}
