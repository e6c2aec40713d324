import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMIT_DELAY_MS, TextFilterInput } from './text-filter-input';

/** The input as a filter uses it: the committed value lives above it, as in the view. */
function Filter(props: {
  onCommit: (value: string) => void;
  validate?: (text: string) => string | undefined;
}) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <>
      <TextFilterInput
        aria-label="Image name"
        value={value}
        validate={props.validate}
        onValidity={setProblem}
        onCommit={(text) => {
          props.onCommit(text);
          setValue(text);
        }}
      />
      <p role="alert">{problem}</p>
      <button type="button" onClick={() => setValue('from-a-link')}>
        Back
      </button>
    </>
  );
}

// Only timers: React's scheduler runs on setImmediate and must keep running. Keys are fired one
// by one (fireEvent) so no time passes that the test does not advance itself.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

function setup(props: Parameters<typeof Filter>[0]) {
  render(<Filter {...props} />);
  const input = screen.getByRole('textbox', { name: 'Image name' }) as HTMLInputElement;
  /** Types `text` after what the field holds, one character per input event. */
  const type = (text: string) => {
    for (const char of text) fireEvent.change(input, { target: { value: input.value + char } });
  };
  const press = (key: string) => fireEvent.keyDown(input, { key });
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  return { input, type, press, wait };
}

describe('TextFilterInput', () => {
  it('applies what was typed once typing pauses, not per keystroke', () => {
    const onCommit = vi.fn();
    const { type, wait } = setup({ onCommit });
    type('ubu');
    wait(COMMIT_DELAY_MS - 1);
    type('ntu');
    wait(COMMIT_DELAY_MS - 1);
    expect(onCommit).not.toHaveBeenCalled();
    wait(1);
    expect(onCommit.mock.calls).toEqual([['ubuntu']]);
    wait(5 * COMMIT_DELAY_MS);
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('applies at once on Enter and on leaving the field', () => {
    const onCommit = vi.fn();
    const { input, type, press, wait } = setup({ onCommit });
    type('web');
    press('Enter');
    expect(onCommit.mock.calls).toEqual([['web']]);
    type('-1');
    fireEvent.blur(input);
    expect(onCommit.mock.calls).toEqual([['web'], ['web-1']]);
    wait(COMMIT_DELAY_MS);
    expect(onCommit).toHaveBeenCalledTimes(2);
  });

  it('goes back to the applied value on Escape', () => {
    const onCommit = vi.fn();
    const { input, type, press, wait } = setup({ onCommit });
    type('web');
    press('Enter');
    type('xyz');
    press('Escape');
    expect(input.value).toBe('web');
    wait(COMMIT_DELAY_MS);
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('keeps text that fails validation for correcting, says why, and applies it once fixed', () => {
    const onCommit = vi.fn();
    const validate = (text: string) => (/^\d*$/.test(text) ? undefined : `“${text}” is not a number.`);
    const { input, type, press } = setup({ onCommit, validate });
    type('12a');
    press('Enter');
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe('12a');
    expect(screen.getByRole('alert').textContent).toBe('“12a” is not a number.');
    fireEvent.change(input, { target: { value: '12' } });
    press('Enter');
    expect(onCommit.mock.calls).toEqual([['12']]);
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('shows a value changed from elsewhere (Back, a removed chip), dropping the draft', () => {
    const onCommit = vi.fn();
    const { input, type, wait } = setup({ onCommit });
    type('draft');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(input.value).toBe('from-a-link');
    wait(COMMIT_DELAY_MS);
    expect(onCommit).not.toHaveBeenCalled();
  });
});
