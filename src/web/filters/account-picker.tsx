import type { SessionAccount } from '../../ecs/proxy-api';
import { MultiSelect } from '../ui/multi-select';
import { FanOutFooter, FanOutSummary } from './fan-out-parts';
import { withAccounts } from '../view-state/view-edits';
import type { ViewState } from '../view-state/view-state';
import type { Navigate } from '../view-state/view-url-store';

/**
 * The accounts of the proxy's accounts file (names and IDs from the session), several at once:
 * one request per account, shown together with an Account column. Not shown without a file.
 */
export function AccountPicker(props: {
  view: ViewState;
  navigate: Navigate;
  accounts: readonly SessionAccount[];
  error?: string;
}) {
  const { view, navigate, accounts, error } = props;
  const selected = view.accounts;
  const defaultAccount = accounts[0]?.name ?? '';
  // An account in the link that the session does not list is still offered, so it can be removed.
  const known = new Set(accounts.map((a) => a.name));
  const options = [
    ...accounts,
    ...selected.filter((name) => !known.has(name)).map((name) => ({ name, id: 'not in the accounts file' })),
  ].map((a) => ({ value: a.name, label: a.name, detail: a.id }));
  const toggle = (name: string) =>
    navigate(
      withAccounts(view, selected.includes(name) ? selected.filter((a) => a !== name) : [...selected, name]),
    );

  return (
    <MultiSelect
      id="account"
      label="Account"
      className="w-44"
      options={options}
      selected={selected}
      onToggle={toggle}
      searchLabel="Search accounts"
      error={error}
      summary={<FanOutSummary chosen={selected} defaultValue={defaultAccount} />}
      footer={
        <FanOutFooter
          several="Several accounts: one request each, shown together with an Account column."
          resetLabel="Use the default account"
          chosen={selected.length > 0}
          onReset={() => navigate(withAccounts(view, []))}
        />
      }
    />
  );
}
