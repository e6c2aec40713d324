import { Dashboard } from './support/dashboard';
import { API_ERROR_STATUS, expect, test } from './support/fixtures';

test.describe('errors from the service', () => {
  // Each refused request makes Chromium log the HTTP status; nothing else may reach the console.
  test.use({ allowedConsole: [API_ERROR_STATUS] });

  test('a refused filter shows the service error and marks the control it is about', async ({ page }) => {
    const app = await new Dashboard(page).open();
    await app.loadedCount();
    await app.moreFilters().click();
    const instanceType = app.textbox('Instance type');
    await instanceType.fill('ecs.nonexistent.large');
    await instanceType.press('Enter');
    await expect(page).toHaveURL(/InstanceType=ecs\.nonexistent\.large/);

    const errors = page.getByRole('region', { name: /request failed/ });
    await expect(errors).toContainText('InvalidInstanceType.ValueNotSupported');
    await expect(errors).toContainText(
      'The specified InstanceType does not exist or beyond the permitted range.',
    );
    await expect(errors).toContainText(/RequestId [0-9A-F-]{36}/);
    await expect(
      errors.getByRole('link', { name: 'Troubleshoot InvalidInstanceType.ValueNotSupported' }),
    ).toHaveAttribute(
      'href',
      /^https:\/\/api\.aliyun\.com\/troubleshoot\?q=InvalidInstanceType\.ValueNotSupported/,
    );
    await expect(errors.getByRole('button', { name: /^Retry / })).toBeVisible();

    await expect(instanceType).toHaveAttribute('aria-invalid', 'true');
    await expect(instanceType).toHaveAccessibleDescription(
      /“ecs\.nonexistent\.large” was refused: .*InvalidInstanceType\.ValueNotSupported/,
    );

    // Fixing the filter clears the error and the mark.
    await page.getByRole('button', { name: 'Remove filter Instance type: ecs.nonexistent.large' }).click();
    await expect(errors).toBeHidden();
    await expect(instanceType).not.toHaveAttribute('aria-invalid', 'true');
    expect(await app.loadedCount()).toBeGreaterThan(0);
  });

  test('a malformed value is caught before it is sent, with a message naming it', async ({ page }) => {
    const app = await new Dashboard(page).open();
    await app.moreFilters().click();
    const instanceType = app.textbox('Instance type');
    await instanceType.fill('large please');
    await instanceType.press('Enter');
    await expect(instanceType).toHaveAttribute('aria-invalid', 'true');
    await expect(instanceType).toHaveAccessibleDescription(
      /Instance type must be an instance type such as ecs\.g7\.large; “large please” is not\./,
    );
    expect(app.params().has('InstanceType')).toBe(false);
  });

  test('Check request sends each planned call with DryRun and reports the verdict per call', async ({
    page,
  }) => {
    const app = await new Dashboard(page).open('RegionId=cn-hangzhou,cn-beijing&ImageOwnerAlias=self');
    await app.loadedCount();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('DryRun=true')) requests.push(r.url());
    });
    await page.getByRole('button', { name: 'Check request' }).click();
    const check = page.getByRole('region', { name: 'Request check (DryRun)' });
    await expect(check.getByRole('status')).toHaveText('All 2 requests passed the check (DryRunOperation).');
    await expect(check.getByRole('listitem')).toHaveText([
      /Passed.*cn-hangzhou · self.*DryRunOperation/,
      /Passed.*cn-beijing · self.*DryRunOperation/,
    ]);
    expect(requests).toHaveLength(2);

    await app.open('InstanceType=ecs.nonexistent.large');
    await page.getByRole('button', { name: 'Check request' }).click();
    await expect(check.getByRole('status')).toHaveText('1 of 1 request would fail.');
    await expect(check.getByRole('listitem')).toContainText('InvalidInstanceType.ValueNotSupported');
    await check.getByRole('button', { name: 'Close' }).click();
    await expect(check).toBeHidden();
  });
});
