// The official SDK's pure signing functions (@alicloud/openapi-core 1.0.8, the base of
// @alicloud/ecs20140526), typed for use as a test oracle (docs/signing-and-credentials.md §8.1).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface OracleRequest {
  method: string;
  pathname: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}

export const { OpenApiUtil } = require('@alicloud/openapi-core') as {
  OpenApiUtil: {
    getRPCSignature(params: Record<string, string>, method: string, secret: string): string;
    getAuthorization(
      request: OracleRequest,
      algorithm: string,
      payload: string,
      accessKeyId: string,
      secret: string,
    ): string;
  };
};
