import { useState } from 'react';
import type { ParamSpec } from '../../ecs/describe-images-params';
import { describedBy, Field, inputClass } from '../ui/field';
import { TextFilterInput } from '../ui/text-filter-input';
import type { SharedFilters } from '../view-state/view-state';
import { validateScalarText } from './filter-text';

type Value = SharedFilters[keyof SharedFilters];

/**
 * One DescribeImages parameter as a labelled control, chosen by its kind in the schema: text for
 * strings and account IDs (applied after a pause, validated first), a select for enums, and
 * any / yes / no for booleans.
 */
export function ScalarFilterField(props: {
  spec: ParamSpec;
  value: Value | undefined;
  onChange: (value: Value | undefined) => void;
  /** An error the service returned for this parameter. */
  serviceError?: string;
  disabledReason?: string;
  placeholder?: string;
  /** Help text instead of the schema's. */
  help?: string;
  className?: string;
}) {
  const { spec, value, onChange, serviceError, disabledReason, placeholder, className } = props;
  const [typingError, setTypingError] = useState<string | undefined>();
  const id = spec.name;
  const error = typingError ?? serviceError;
  const help = disabledReason ?? props.help ?? spec.help;
  const common = {
    id,
    disabled: disabledReason !== undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, true, !!error),
  } as const;

  let control;
  if (spec.kind === 'enum') {
    control = (
      <select
        {...common}
        className={inputClass}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">Any</option>
        {spec.values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'boolean') {
    // Parameters with a documented default (false) are off unless asked for: any = the default.
    const anyLabel = spec.default === undefined ? 'Any' : `Default (${spec.default ? 'yes' : 'no'})`;
    control = (
      <select
        {...common}
        className={inputClass}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}
      >
        <option value="">{anyLabel}</option>
        <option value="true">Yes</option>
        {spec.default === undefined && <option value="false">No</option>}
      </select>
    );
  } else {
    control = (
      <TextFilterInput
        {...common}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={typeof value === 'string' ? value : ''}
        validate={(text) => validateScalarText(spec, text)}
        onValidity={setTypingError}
        onCommit={(text) => onChange(text.trim() === '' ? undefined : text.trim())}
      />
    );
  }
  return (
    <Field id={id} label={spec.label} help={help} error={error} className={className}>
      {control}
    </Field>
  );
}
