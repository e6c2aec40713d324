import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    // Never reach the instance-metadata service or a developer's own credentials from a test.
    env: {
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
      ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
      ALIBABA_CLOUD_CREDENTIALS_FILE: '/nonexistent/alibabacloud-credentials',
      ALIBABA_CLOUD_ACCESS_KEY_ID: '',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: '',
      ALIBABA_CLOUD_SECURITY_TOKEN: '',
    },
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 20_000,
  },
});
