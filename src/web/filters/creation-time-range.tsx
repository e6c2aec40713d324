import { TIME_FILTER_KEYS } from '../../ecs/describe-images-params';
import type { Navigate } from '../view-state/view-url-store';
import { describedBy, Field } from '../ui/field';
import { TextFilterInput } from '../ui/text-filter-input';
import { imageFilterValue, withImageFilter } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import { FILTER_KEY_LABELS } from './filter-labels';
import { checkTimeRange, filterTimeValue, timeInputValue } from './filter-text';
import { useState } from 'react';

/** Filter.N CreationStartTime / CreationEndTime: minute precision, UTC, as the API takes them. */
export function CreationTimeRange(props: {
  view: ViewState;
  navigate: Navigate;
  errors: ReadonlyMap<string, string>;
}) {
  const { view, navigate, errors } = props;
  const [typingError, setTypingError] = useState<Record<string, string | undefined>>({});
  return (
    <>
      {TIME_FILTER_KEYS.map((key) => {
        const id = `Filter.${key}`;
        const other = key === 'CreationStartTime' ? 'CreationEndTime' : 'CreationStartTime';
        const error = typingError[key] ?? errors.get(id);
        return (
          <Field
            key={key}
            id={id}
            label={`${FILTER_KEY_LABELS[key]} (UTC)`}
            error={error}
            help="Minute precision."
          >
            <TextFilterInput
              id={id}
              type="datetime-local"
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, true, !!error)}
              value={timeInputValue(imageFilterValue(view, key))}
              validate={(text) => {
                const value = filterTimeValue(text);
                const otherValue = imageFilterValue(view, other);
                return key === 'CreationStartTime'
                  ? checkTimeRange(value, otherValue)
                  : checkTimeRange(otherValue, value);
              }}
              onValidity={(message) => setTypingError((e) => ({ ...e, [key]: message }))}
              onCommit={(text) => navigate(withImageFilter(view, key, filterTimeValue(text)))}
            />
          </Field>
        );
      })}
    </>
  );
}
