// The official signature test vectors and worked examples of docs/signing-and-credentials.md §3–§4,
// shared by the signer's, the verifier's and the algorithms' tests.
import { EMPTY_BODY_SHA256 } from '../signature';

const NONCE = '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf';

/** V2-1 (ECS "Request signatures"): secret `testsecret`, GET. */
export const V2_1 = {
  params: {
    AccessKeyId: 'testid',
    Action: 'DescribeRegions',
    Format: 'XML',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: NONCE,
    SignatureVersion: '1.0',
    Timestamp: '2016-02-23T12:46:24Z',
    Version: '2014-05-26',
  },
  stringToSign:
    'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
  signature: 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=',
  /** The same inputs with the older spelling `TimeStamp`. */
  timeStampSpellingSignature: 'CT9X0VtwR86fNWSnsc6v8YGOjuE=',
};

/** V2-2 (V2 signature doc, DescribeDedicatedHosts): secret `testsecret`, GET. */
export const V2_2 = {
  params: {
    ...V2_1.params,
    Action: 'DescribeDedicatedHosts',
    Format: 'JSON',
    RegionId: 'cn-beijing',
    SignatureNonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
    Timestamp: '2023-03-13T08:34:30Z',
  },
  signature: '9NaGiOspFP5UPcwX8Iwt2YJXXuk=',
};

/** The worked DescribeImages example, V2 (§3.4): `testid` / `testsecret`. */
export const WORKED_V2 = {
  params: {
    AccessKeyId: 'testid',
    Action: 'DescribeImages',
    Format: 'JSON',
    ImageOwnerAlias: 'system',
    PageSize: '10',
    RegionId: 'cn-shanghai',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: NONCE,
    SignatureVersion: '1.0',
    'Tag.1.Key': 'env',
    'Tag.1.Value': 'prod app',
    Timestamp: '2024-01-02T03:04:05Z',
    Version: '2014-05-26',
  },
  getSignature: 'ecmoyOc+1svUKIY3osDxFXlfmHs=',
  postSignature: 'vMxNf7l4yCe4QcIOtHKwX28NYhQ=',
};

/** The worked DescribeImages example, V3 (§4.4), with the header set the ECS SDK sends. */
export const WORKED_V3 = {
  query: {
    ImageOwnerAlias: 'system',
    PageSize: '10',
    RegionId: 'cn-shanghai',
    'Tag.1.Key': 'env',
    'Tag.1.Value': 'prod app',
  },
  headers: {
    host: 'ecs.cn-shanghai.aliyuncs.com',
    'x-acs-action': 'DescribeImages',
    'x-acs-content-sha256': EMPTY_BODY_SHA256,
    'x-acs-credentials-provider': 'static_ak',
    'x-acs-date': '2024-01-02T03:04:05Z',
    'x-acs-signature-nonce': NONCE,
    'x-acs-version': '2014-05-26',
  },
  authorization:
    'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=a387ffca48aa0a81f8f1d72b041604331a5a230fdf064c5527bcdf4f1e89010d',
};

/** The official V3 vector (RunInstances, §4.3). */
export const RUN_INSTANCES_V3 = {
  accessKeyId: 'YourAccessKeyId',
  accessKeySecret: 'YourAccessKeySecret',
  query: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
  headers: {
    host: 'ecs.cn-shanghai.aliyuncs.com',
    'x-acs-action': 'RunInstances',
    'x-acs-version': '2014-05-26',
    'x-acs-date': '2023-10-26T10:22:32Z',
    'x-acs-signature-nonce': '3156853299f313e23d1673dc12e1703d',
    'x-acs-content-sha256': EMPTY_BODY_SHA256,
  },
  hashedCanonicalRequest: '7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259',
  signature: '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
};
