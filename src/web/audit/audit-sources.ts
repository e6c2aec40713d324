// The image list an audit starts from: your custom images (ImageOwnerAlias=self) in every status,
// in the view's regions — the view's other filters do not apply (an audit is of everything you
// own there), as the session's default account when the proxy has an accounts file. Small and
// imported by the start-up prefetch, so an audit link's first requests start before the audit's
// code has loaded.

import { ALL_STATUSES } from '../../ecs/describe-images-params';
import { planImageSources, type ImageSource } from '../view-state/image-sources';

export function auditImageSources(
  regions: readonly string[],
  defaultRegionId: string | undefined,
  account: string | null,
): ImageSource[] {
  return planImageSources(
    { regions, owners: ['self'], filters: { Status: [ALL_STATUSES] } },
    defaultRegionId,
    account,
  );
}
