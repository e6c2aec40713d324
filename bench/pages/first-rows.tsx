// The baseline for time to first rows (bench case 3): the least a React page can do to show the
// view's first page — fetch it at start-up through the same proxy and draw it in the bare list —
// marked the way the dashboard marks its first rows.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchDescribeImages } from '../../src/web/images/describe-images-api';
import type { ImageRow } from '../../src/web/images/image-row';
import { mergeSourceRows } from '../../src/web/images/merge-rows';
import { planImageSources } from '../../src/web/view-state/image-sources';
import { parseViewUrl } from '../../src/web/view-state/url-codec';
import { BareList } from './bare-list-view';

function FirstRows({ rows }: { rows: readonly ImageRow[] }) {
  useEffect(() => void requestAnimationFrame(() => performance.mark('rows-painted')), []);
  return <BareList rows={rows} />;
}

const [source] = planImageSources(parseViewUrl(location.search).state, 'cn-hangzhou');
const page = await fetchDescribeImages({ ...source!.request, PageNumber: 1 });
const rows = mergeSourceRows([{ regionId: source!.regionId, pages: [page] }]);
createRoot(document.getElementById('root')!).render(<FirstRows rows={rows} />);
