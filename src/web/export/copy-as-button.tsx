// "Copy as code": opens the dialog with the view as aliyun CLI, Terraform, SDK code and OpenAPI
// Explorer links. The dialog and its generators load on first use.

import { lazy, Suspense, useState } from 'react';
import { endpointHostForRegion } from '../../ecs/regions';
import { buttonClass } from '../ui/button';
import type { ImageSource } from '../view-state/image-sources';
import type { ViewState } from '../view-state/view-state';

const CopyAsDialog = lazy(() => import('./copy-as-dialog'));

export function CopyAsButton(props: { view: ViewState; sources: readonly ImageSource[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        disabled={props.sources.length === 0}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Copy as code
      </button>
      {open && (
        <Suspense fallback={null}>
          <CopyAsDialog {...props} endpointOf={endpointHostForRegion} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
