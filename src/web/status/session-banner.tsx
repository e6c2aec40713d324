import type { SessionInfo, SignedInUser } from '../../ecs/proxy-api';

/** Who is signed in (named by the team's SSO proxy) and which regions they may see. */
export function SignedInAs({ user }: { user: SignedInUser }) {
  const regions = user.regions === null ? 'every region' : user.regions.join(', ') || 'no region';
  return (
    <p aria-label="Signed in" className="text-xs text-zinc-600 dark:text-zinc-300">
      Signed in as <strong className="font-semibold">{user.email}</strong>
      <span
        className="text-zinc-500 dark:text-zinc-400"
        title={`Groups: ${user.groups.join(', ') || 'none'}`}
      >
        {' '}
        · may see {regions}
      </span>
    </p>
  );
}

/** Where the data comes from: the local emulator, clearly marked, or the real account. */
export function SessionBanner({ session, error }: { session: SessionInfo | undefined; error: Error | null }) {
  if (error)
    return (
      <p
        role="status"
        className="rounded-md bg-red-50 px-2 py-1 text-xs text-red-800 dark:bg-red-950 dark:text-red-200"
      >
        Could not ask the server which account it uses: {error.message}
      </p>
    );
  if (!session) return <p className="text-xs text-zinc-500">Connecting…</p>;
  if (session.mode === 'emulator')
    return (
      <p
        role="status"
        className="flex items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        <strong className="font-semibold">Local emulator</strong>
        <span>Synthetic images; no Alibaba Cloud account is used.</span>
      </p>
    );
  return (
    <dl
      aria-label="Alibaba Cloud account"
      className="flex flex-wrap items-center gap-x-3 gap-y-0.5 rounded-md border border-emerald-300 bg-emerald-50 px-2 py-1 text-xs text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
    >
      <div className="flex gap-1">
        <dt className="font-semibold">Alibaba Cloud</dt>
        <dd className="font-mono">{session.accessKeyId}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Credentials</dt>
        <dd>{session.credentialsFrom}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Signature</dt>
        <dd>{session.signatureVersion.toUpperCase()}</dd>
      </div>
      {session.endpointOverride && (
        <div className="flex gap-1">
          <dt>Endpoint</dt>
          <dd className="font-mono">{session.endpointOverride}</dd>
        </div>
      )}
    </dl>
  );
}
