import { QueryClient } from '@tanstack/react-query';
import { networkRetryDelay, shouldRetryRequest } from '../images/image-queries';

/**
 * One client for the page. Image pages are fresh for five minutes (image-queries.ts sets that per
 * query); nothing refetches on focus or reconnect behind people's backs — Reload does that. No
 * query retries an answer the proxy gave, only a proxy it could not reach (shouldRetryRequest).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        gcTime: 10 * 60_000,
        retry: shouldRetryRequest,
        retryDelay: networkRetryDelay,
      },
    },
  });
}
