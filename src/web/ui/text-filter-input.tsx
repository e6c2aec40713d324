import { useEffect, useEffectEvent, useState, type InputHTMLAttributes } from 'react';
import { inputClass } from './field';

/** How long typing pauses before a filter is applied. Enter and leaving the field apply at once. */
export const COMMIT_DELAY_MS = 400;

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'>;

/**
 * A text input that applies its value after a pause in typing, on Enter, or on leaving the field,
 * never per keystroke. `validate` returns a message for text that must not be applied; the field
 * then shows it (through `onInvalid`) and keeps the text for correcting.
 */
export function TextFilterInput(
  props: NativeProps & {
    value: string;
    onCommit: (value: string) => void;
    validate?: (value: string) => string | undefined;
    onValidity?: (message: string | undefined) => void;
    delayMs?: number;
  },
) {
  const { value, onCommit, validate, onValidity, delayMs = COMMIT_DELAY_MS, className, ...native } = props;
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // When the view changes from elsewhere (Back, a chip removed), show the new value.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }

  const commit = (text: string) => {
    const problem = validate?.(text);
    onValidity?.(problem);
    if (!problem && text !== value) onCommit(text);
  };

  // Each keystroke restarts the pause; the commit reads the props of its own time.
  const commitAfterPause = useEffectEvent(commit);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => commitAfterPause(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, value, delayMs]);

  return (
    <input
      {...native}
      className={`${inputClass} ${className ?? ''}`}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        commit(draft);
        native.onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(draft);
        if (e.key === 'Escape' && draft !== value) {
          setDraft(value);
          onValidity?.(undefined);
        }
        native.onKeyDown?.(e);
      }}
    />
  );
}
