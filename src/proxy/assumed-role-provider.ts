// An account's credentials from a RAM role: STS AssumeRole with the base credentials, the session
// kept and replaced ahead of its end (session-refresh.ts decides when), one AssumeRole at a time
// however many requests want the account, and a refusal given again for a while rather than asked
// again on every request.

import type { AssumeRoleRequest } from '../ecs/sts-assume-role';
import {
  CredentialsUnavailableError,
  type CredentialProvider,
  type ResolvedCredentials,
} from './credentials';
import { decideRefresh } from './session-refresh';
import type { AssumeRole, TemporaryCredentials } from './sts-client';

export interface AssumedRoleOptions {
  base: CredentialProvider;
  assumeRole: AssumeRole;
  request: AssumeRoleRequest;
  now?: () => number;
  /** Told about every new session and every refusal (no secrets). */
  log?: (line: string) => void;
}

export function assumedRoleProvider(options: AssumedRoleOptions): CredentialProvider & {
  /** The session in use (tests). */
  current(): TemporaryCredentials | undefined;
} {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  let session: TemporaryCredentials | undefined;
  let lastFailure: { atMs: number; message: string } | undefined;
  let inFlight: Promise<TemporaryCredentials> | undefined;

  const refresh = (): Promise<TemporaryCredentials> => {
    inFlight ??= (async () => {
      try {
        const base = await options.base.get();
        const result = await options.assumeRole(base, options.request);
        if (!result.ok) throw new CredentialsUnavailableError(result.error);
        session = result.value;
        lastFailure = undefined;
        log(`assumed ${options.request.RoleArn} until ${new Date(session.expiresAtMs).toISOString()}`);
        return session;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        lastFailure = { atMs: now(), message };
        log(message);
        throw e instanceof CredentialsUnavailableError ? e : new CredentialsUnavailableError(message);
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  const resolved = (s: TemporaryCredentials): ResolvedCredentials => ({
    accessKeyId: s.accessKeyId,
    accessKeySecret: s.accessKeySecret,
    securityToken: s.securityToken,
    providerName: 'ram_role_arn',
  });

  return {
    async get() {
      switch (decideRefresh(now(), session, lastFailure?.atMs)) {
        case 'use':
          return resolved(session!);
        case 'use-and-refresh':
          // The next session is on its way; this request goes on with the current one.
          refresh().catch(() => {});
          return resolved(session!);
        case 'wait-for-new':
          return resolved(await refresh());
        case 'refused':
          throw new CredentialsUnavailableError(lastFailure!.message);
      }
    },
    describe: () => `RAM role ${options.request.RoleArn}`,
    current: () => session,
  };
}
