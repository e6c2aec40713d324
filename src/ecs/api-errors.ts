// The ECS error catalogue and envelope. Codes, HTTP statuses and messages follow
// docs/ecs-api-notes.md §3 (including the service's own typos,
// "specifed" and "are not match"), so the proxy and the emulator answer exactly as the service does.

/** One error as the service raises it; `parameter` is the wire name it concerns, when there is one. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  parameter?: string;
}

/**
 * The JSON body ECS sends with an error status. The proxy's own errors (proxy-errors.ts) share Code,
 * Message and HostId, carry `Source: "proxy"`, and have no RequestId or Recommend.
 */
export interface EcsErrorBody {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend: string;
  Source?: 'proxy';
}

const error = (status: number, code: string, message: string, parameter?: string): ApiError =>
  parameter === undefined ? { status, code, message } : { status, code, message, parameter };

export const apiErrors = {
  missingParameter: (name: string) =>
    error(
      400,
      'MissingParameter',
      `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
      name,
    ),
  // Observed wording for PageSize=101 (aliyun/aliyun-cli#512); used for every malformed scalar.
  invalidParameter: (name: string) =>
    error(400, 'InvalidParameter', `The specified parameter "${name}" is not valid.`, name),
  invalidRegionId: (name = 'RegionId') =>
    // Not in the DescribeImages tables; the POP gateway's wording for an unknown region (uncertain).
    error(404, 'InvalidRegionId.NotFound', 'The specified RegionId does not exist.', name),
  invalidOwnerAlias: () =>
    error(
      400,
      'InvalidImageOwnerAlias.ValueNotSupported',
      'The specified ImageOwnerAlias value is not supported.',
      'ImageOwnerAlias',
    ),
  publicImageUnsupported: () =>
    error(
      400,
      'InvalidImageOwnerAlias.PublicImageUnsupported',
      'IsPublic=true is only supported when ImageOwnerAlias is others.',
      'IsPublic',
    ),
  ownerIdUnsupported: () =>
    error(
      400,
      'InvalidOperation.ImageOwnerIdUnsupported',
      'ImageOwnerId is only supported when querying shared or community images (ImageOwnerAlias=others).',
      'ImageOwnerId',
    ),
  tagMismatch: (name: string) =>
    error(400, 'InvalidTag.Mismatch', 'The specified Tag.n.Key and Tag.n.Value are not match.', name),
  tagCount: (name: string) =>
    error(400, 'InvalidTagCount', 'The specified tags are beyond the permitted range.', name),
  // The tag codes of the ECS tag APIs (a key or value over 128 characters); not listed for
  // DescribeImages itself (uncertain), but the service's own codes for a malformed tag.
  tagKeyMalformed: (name: string) =>
    error(400, 'InvalidTagKey.Malformed', 'The specified Tag.n.Key is not valid.', name),
  tagValueMalformed: (name: string) =>
    error(400, 'InvalidTagValue.Malformed', 'The specified Tag.n.Value is not valid.', name),
  instanceType: () =>
    error(
      400,
      'InvalidInstanceType.ValueNotSupported',
      'The specified InstanceType does not exist or beyond the permitted range.',
      'InstanceType',
    ),
  osType: () => error(404, 'InvalidOSType', 'The specifed OSType is not valid', 'OSType'),
  architecture: () =>
    error(404, 'InvalidArchitecture', 'The specifed Architecture is not valid', 'Architecture'),
  usage: () => error(404, 'InvalidUsage', 'The specifed Usage is not valid', 'Usage'),
  filterKey: (name: string) =>
    error(404, 'InvalidFilterKey.NotFound', 'The specified start time or end time is invalid.', name),
  networkType: (name: string) =>
    error(
      400,
      'InvalidFilterValue.NetworkType',
      'The specified NetworkType filter value is not valid.',
      name,
    ),
  filterValue: (name: string) =>
    error(404, 'InvalidFilterValue', 'The specified filter value is not valid.', name),

  // DescribeInstances, DescribeSnapshots, DescribeImageSharePermission (docs/ecs-api-notes.md §10–§13).
  imageNotFound: (name = 'ImageId') =>
    error(404, 'InvalidImageId.NotFound', 'The specified ImageId does not exist.', name),
  // Documented for sibling actions (DescribeInstanceRamRole, AttachInstanceRamRole), not in the
  // DescribeInstances table; its answer to a malformed InstanceIds is our reading (uncertain).
  instanceIdsMalformed: () =>
    error(400, 'InvalidInstanceIds.Malformed', 'The specified InstanceIds is not valid.', 'InstanceIds'),
  // The DescribeSnapshots table's wording (including "specified specified"), used for every bad SnapshotIds.
  snapshotIdsMalformed: () =>
    error(
      403,
      'InvalidSnapshotIds.Malformed',
      'The amount of specified specified snapshot Ids exceeds the limit.',
      'SnapshotIds',
    ),
  statusNotFound: () => error(404, 'InvalidStatus.NotFound', 'The specified Status is not found', 'Status'),
  instanceChargeType: () =>
    error(
      404,
      'InvalidInstanceChargeType.NotFound',
      'The InstanceChargeType does not exist in our records',
      'InstanceChargeType',
    ),
  internetChargeType: () =>
    error(
      404,
      'InvalidInternetChargeType.ValueNotSupported',
      'The specified InternetChargeType is not valid',
      'InternetChargeType',
    ),
  instanceNetworkType: () =>
    error(
      404,
      'InvalidNetworkType.NotFound',
      'The specified InstanceNetworkType is not found',
      'InstanceNetworkType',
    ),
  lockReason: () =>
    error(404, 'InvalidLockReason.NotFound', 'The specified LockReason is not found', 'LockReason'),
  snapshotType: () =>
    error(404, 'InvalidSnapshotType.NotFound', 'The specfied SnapshotType is not found', 'SnapshotType'),
  sourceDiskType: () =>
    error(404, 'InvalidSourceDiskType', 'The specifed SourceDiskType is not valid', 'SourceDiskType'),
  // Paging by token: the wording ECS pages with NextToken use for both (DescribeInstances' own table
  // does not list them; uncertain).
  nextToken: () =>
    error(400, 'InvalidParameter.NextToken', 'The specified parameter NextToken is not valid.', 'NextToken'),
  maxResults: () =>
    error(
      400,
      'InvalidParameter.MaxResults',
      'The specified parameter MaxResults is not valid.',
      'MaxResults',
    ),
  dryRunOperation: () =>
    error(400, 'DryRunOperation', 'Request validation has been passed with DryRun flag set.'),
  internalError: () =>
    error(500, 'InternalError', 'The request processing has failed due to some unknown error.'),
  serviceUnavailable: () =>
    error(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'),
  throttlingUser: () => error(400, 'Throttling.User', 'Request was denied due to user flow control.'),
  actionNotFound: () =>
    error(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.'),

  // Gateway (POP) errors on the version, format, signature, credentials and timestamp, raised
  // before an action runs (docs/ecs-api-notes.md §3.2, docs/signing-and-credentials.md §6–§7). Statuses marked
  // "assumed" or "unconfirmed" there are 400 here; wordings marked approximate are kept as given.
  // Where a code covers several causes, `detail` names the one at hand so the message is actionable.
  invalidVersion: (name = 'Version') =>
    // Wording and status not confirmed by a source; POP style.
    error(400, 'InvalidVersion', `Specified parameter ${name} is not valid.`, name),
  invalidFormat: () =>
    error(400, 'InvalidParameter.Format', 'Specified parameter Format is not valid.', 'Format'),
  incompleteSignature: (detail: string) =>
    error(
      400,
      'IncompleteSignature',
      `The request signature does not conform to Aliyun standards. ${detail}`,
    ),
  invalidSignatureMethod: (name = 'SignatureMethod') =>
    error(400, 'InvalidSignatureMethod', 'Specified signature method is not supported.', name),
  signatureDoesNotMatch: (detail?: string) =>
    error(
      400,
      'SignatureDoesNotMatch',
      `Specified signature does not match our calculation.${detail ? ` ${detail}` : ''}`,
    ),
  accessKeyNotFound: () => error(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.'),
  signatureNonceUsed: (name = 'SignatureNonce') =>
    error(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.', name),
  timestampExpired: (name = 'Timestamp') =>
    error(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.', name),
  timestampFormat: (name = 'Timestamp') =>
    error(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.', name),
  missingSecurityToken: (name = 'SecurityToken') =>
    error(400, 'MissingSecurityToken', 'The security token of an STS credential is missing.', name),
  // The gateway's answer to a temporary credential used after its Expiration (the STS token's
  // lifetime, docs/ecs-api-notes.md §17); status and wording as the ECS error centre lists them.
  securityTokenExpired: (name = 'SecurityToken') =>
    error(400, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.', name),
  securityTokenMismatch: (name = 'SecurityToken') =>
    error(
      400,
      'InvalidSecurityToken.MismatchWithAccessKey',
      'The security token does not match the AccessKey ID.',
      name,
    ),
} as const;

/** The troubleshooting link the service puts in `Recommend`. */
export function recommendUrl(code: string, requestId: string, product = 'Ecs'): string {
  const q = new URLSearchParams({ q: code, product, requestId });
  return `https://api.aliyun.com/troubleshoot?${q.toString()}`;
}

/** The service's envelope for an error, as the emulator answers it. */
export function errorBody(
  err: ApiError,
  context: { requestId: string; hostId: string; product?: string },
): EcsErrorBody {
  return {
    RequestId: context.requestId,
    HostId: context.hostId,
    Code: err.code,
    Message: err.message,
    Recommend: recommendUrl(err.code, context.requestId, context.product),
  };
}

/** Whether a body parsed from JSON is an ECS error envelope. */
export function isEcsErrorBody(body: unknown): body is EcsErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { Code?: unknown }).Code === 'string' &&
    typeof (body as { Message?: unknown }).Message === 'string'
  );
}

/** Throttling codes share a prefix; match on it as @alicloud/openapi-core does (docs/ecs-api-notes.md §4). */
export function isThrottlingCode(code: string): boolean {
  return code.startsWith('Throttling');
}

/** Worth retrying: throttling and server-side failures. Other 4xx answers will not change on a retry. */
export function isRetryableError(status: number, code: string): boolean {
  return isThrottlingCode(code) || status >= 500;
}

/** DryRun succeeds by failing with this code (docs/ecs-api-notes.md §1.4). */
export const DRY_RUN_PASSED_CODE = 'DryRunOperation';

// Codes whose parameter is fixed, for errors that come back from the real service (whose body has
// no parameter field), so the dashboard can mark the control at fault.
const PARAMETER_BY_CODE: Record<string, string> = {
  'InvalidImageOwnerAlias.ValueNotSupported': 'ImageOwnerAlias',
  'InvalidImageOwnerAlias.PublicImageUnsupported': 'IsPublic',
  'InvalidOperation.ImageOwnerIdUnsupported': 'ImageOwnerId',
  'InvalidTag.Mismatch': 'Tag',
  InvalidTagCount: 'Tag',
  'InvalidTagKey.Malformed': 'Tag',
  'InvalidTagValue.Malformed': 'Tag',
  'InvalidInstanceType.ValueNotSupported': 'InstanceType',
  InvalidOSType: 'OSType',
  InvalidArchitecture: 'Architecture',
  InvalidUsage: 'Usage',
  'InvalidFilterKey.NotFound': 'Filter',
  'InvalidFilterValue.NetworkType': 'Filter',
  InvalidFilterValue: 'Filter',
  'InvalidRegionId.NotFound': 'RegionId',
  'InvalidImageId.NotFound': 'ImageId',
  'InvalidInstanceIds.Malformed': 'InstanceIds',
  'InvalidSnapshotIds.Malformed': 'SnapshotIds',
  'InvalidStatus.NotFound': 'Status',
  'InvalidInstanceChargeType.NotFound': 'InstanceChargeType',
  'InvalidInternetChargeType.ValueNotSupported': 'InternetChargeType',
  'InvalidNetworkType.NotFound': 'InstanceNetworkType',
  'InvalidLockReason.NotFound': 'LockReason',
  'InvalidSnapshotType.NotFound': 'SnapshotType',
  InvalidSourceDiskType: 'SourceDiskType',
  'InvalidParameter.NextToken': 'NextToken',
  'InvalidParameter.MaxResults': 'MaxResults',
};

/** The request parameter an error is about: from the code, or the quoted name in the message. */
export function parameterOfError(code: string, message: string): string | undefined {
  const fixed = PARAMETER_BY_CODE[code];
  if (fixed) return fixed;
  const quoted = /parameter "([A-Za-z0-9.]+)"/.exec(message);
  return quoted?.[1];
}
