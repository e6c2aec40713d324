import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EcsRequestError } from '../images/ecs-api';
import type { ImageCatalog } from '../images/use-image-catalog';
import { AuditCalls } from './audit-calls';
import { planAudit } from './audit-plan';
import type { AuditRunner, AuditRunState } from './audit-runner';
import { AuditTotals } from './audit-totals';
import { auditTotals } from './audit-report';
import { DEFAULT_AUDIT_SETTINGS } from './audit-settings';
import { countTask } from './audit-tasks';

const catalog: Pick<ImageCatalog, 'rows' | 'sources' | 'totalCount'> = {
  rows: [],
  sources: [],
  totalCount: 0,
};
const plan = planAudit([
  {
    regionId: 'cn-hangzhou',
    images: 200,
    imagesInUse: 80,
    sharedImages: 30,
    snapshotIds: 250,
    instances: 1_500,
  },
]);

function state(over: Partial<AuditRunState>): AuditRunState {
  return {
    phase: 'asking',
    plan,
    callsPlanned: plan.total,
    callsMade: 0,
    countCalls: 1,
    failed: [],
    facts: { instances: new Map(), shares: new Map(), snapshots: new Map() },
    version: 0,
    at: 0,
    ...over,
  };
}

function runnerSpy() {
  return { start: vi.fn(), stop: vi.fn(), retryFailed: vi.fn() } as unknown as AuditRunner & {
    start: ReturnType<typeof vi.fn>;
    stop: ReturnType<typeof vi.fn>;
    retryFailed: ReturnType<typeof vi.fn>;
  };
}

describe('AuditCalls', () => {
  it('says how many calls the plan makes and why, and makes them only on Run', () => {
    const runner = runnerSpy();
    render(<AuditCalls catalog={catalog} run={state({})} runner={runner} />);
    expect(screen.getByRole('status').textContent).toMatch(/will make 48 more API calls/);
    expect(screen.getByText(/a region scan, 15 pages \(by image would take 80\)/)).toBeTruthy();
    expect(runner.start).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Run the audit (48 calls)' }));
    expect(runner.start).toHaveBeenCalledOnce();
  });

  it('shows progress with Stop while running, and Continue once stopped', () => {
    const runner = runnerSpy();
    const { rerender } = render(
      <AuditCalls catalog={catalog} run={state({ phase: 'running', callsMade: 12 })} runner={runner} />,
    );
    expect(screen.getByRole('progressbar', { name: 'Audit calls made' }).getAttribute('aria-valuetext')).toBe(
      '12 of 48 calls',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(runner.stop).toHaveBeenCalledOnce();
    rerender(
      <AuditCalls catalog={catalog} run={state({ phase: 'stopped', callsMade: 12 })} runner={runner} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(runner.start).toHaveBeenCalledOnce();
  });

  it('lists failed calls with the service’s code and RequestId, and retries them on request', () => {
    const runner = runnerSpy();
    const error = new EcsRequestError(503, {
      RequestId: 'REQ-1',
      HostId: 'h',
      Code: 'ServiceUnavailable',
      Message: 'busy',
      Recommend: '',
    });
    render(
      <AuditCalls
        catalog={catalog}
        run={state({ phase: 'done', failed: [{ task: countTask('cn-beijing'), error }] })}
        runner={runner}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'DescribeInstances: the count of cn-beijing: ServiceUnavailable busy',
    );
    expect(alert.textContent).toContain('REQ-1');
    fireEvent.click(screen.getByRole('button', { name: 'Retry the failed calls' }));
    expect(runner.retryFailed).toHaveBeenCalledOnce();
  });
});

describe('AuditTotals', () => {
  it('shows nothing as known before any snapshot is, and is busy until every total is', () => {
    const { container } = render(
      <AuditTotals
        totals={{ ...auditTotals([]), images: 3, storedUnknown: 3, pending: 2 }}
        settings={DEFAULT_AUDIT_SETTINGS}
      />,
    );
    expect(container.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    // GiB stored, the cost and the candidates.
    expect(screen.getAllByText('…')).toHaveLength(3);
    expect(screen.getByText('2 images waiting for instance counts')).toBeTruthy();
  });
});
