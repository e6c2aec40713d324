import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MultiSelect, Pill } from './multi-select';

const OPTIONS = [
  { value: 'cn-hangzhou', label: 'cn-hangzhou', detail: 'China (Hangzhou)' },
  { value: 'cn-shanghai', label: 'cn-shanghai', detail: 'China (Shanghai)' },
  { value: 'eu-central-1', label: 'eu-central-1', detail: 'Germany (Frankfurt)' },
];

/** A multi-select that keeps its own selection, as the pickers keep theirs in the view. */
function Regions(props: { onToggle?: (value: string) => void; error?: string }) {
  const [selected, setSelected] = useState<string[]>(['cn-hangzhou']);
  return (
    <>
      <MultiSelect
        id="region"
        label="Region"
        options={OPTIONS}
        selected={selected}
        searchLabel="Search regions"
        error={props.error}
        summary={selected.map((s) => (
          <Pill key={s}>{s}</Pill>
        ))}
        onToggle={(value) => {
          props.onToggle?.(value);
          setSelected((s) => (s.includes(value) ? s.filter((v) => v !== value) : [...s, value]));
        }}
      />
      <button type="button">Elsewhere</button>
    </>
  );
}

const button = () => screen.getByRole('button', { name: /^Region/ });

describe('MultiSelect', () => {
  it('opens a list of checkboxes with the search box focused, and filters it as people type', async () => {
    const user = userEvent.setup();
    render(<Regions />);
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('checkbox')).toBeNull();

    await user.click(button());
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search regions' }));

    await user.keyboard('frankfurt');
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent)).toEqual([
      'eu-central-1Germany (Frankfurt)',
    ]);
    await user.clear(screen.getByRole('searchbox'));
    await user.keyboard('nowhere');
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('Nothing matches “nowhere”.')).toBeTruthy();
  });

  it('toggles options with the mouse and the keyboard, showing the selection in the button', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<Regions onToggle={onToggle} />);
    await user.click(button());
    const shanghai = screen.getByRole('checkbox', { name: /cn-shanghai/ });
    expect(screen.getByRole('checkbox', { name: /cn-hangzhou/ })).toHaveProperty('checked', true);
    expect(shanghai).toHaveProperty('checked', false);

    await user.click(shanghai);
    expect(onToggle).toHaveBeenLastCalledWith('cn-shanghai');
    expect(shanghai).toHaveProperty('checked', true);
    expect(button().textContent).toContain('cn-shanghai');

    shanghai.focus();
    await user.keyboard(' ');
    expect(shanghai).toHaveProperty('checked', false);
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('closes on Escape with focus back on its button, and when focus or a click goes elsewhere', async () => {
    const user = userEvent.setup();
    render(<Regions />);
    await user.click(button());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(button());

    await user.click(button());
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('group')).toBeNull();

    await user.click(button());
    await user.tab({ shift: true }); // from the search box back to the button: still inside
    expect(screen.getByRole('group')).toBeTruthy();
    await user.tab({ shift: true }); // and out of the control
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('marks its button invalid and ties the message to it', () => {
    render(<Regions error="Region “xx” was refused" />);
    expect(button().getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(button().getAttribute('aria-describedby')!);
    expect(message?.textContent).toBe('Region “xx” was refused');
  });
});
