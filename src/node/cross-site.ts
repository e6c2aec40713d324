// Whether a request to an API counts as cross-site, for both servers (the proxy's /api, the
// emulator's admin route). Hono's csrf middleware looks only at unsafe methods; reads are checked
// here too, because a read of the proxy's API spends the account's quota.

/**
 * Why the request counts as cross-site, or undefined when it does not. Browsers send
 * `Sec-Fetch-Site` on every request and `Origin` on cross-origin ones; tools like curl send neither
 * and are judged by Host (and the proxy's token) alone.
 */
export function crossSiteProblem(
  origin: string | undefined,
  secFetchSite: string | undefined,
  origins: ReadonlySet<string>,
): string | undefined {
  if (secFetchSite !== undefined && secFetchSite !== 'same-origin' && secFetchSite !== 'none')
    return `Sec-Fetch-Site is "${secFetchSite}"`;
  if (origin !== undefined && !origins.has(origin.toLowerCase()))
    return `Origin "${origin}" is not this server`;
  return undefined;
}
