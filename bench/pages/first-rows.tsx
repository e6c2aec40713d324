// The baseline for time to first rows (bench case 3): the least a React page can do to show the
// view's first page — fetch it at start-up through the same proxy and draw it in the bare list —
// timed by the benchmark the way the dashboard is (markFirstRows in bench/lib/in-page.ts).
import { createRoot } from 'react-dom/client';
import { fetchDescribeImages } from '../../src/web/images/ecs-api';
import { mergeSourceRows } from '../../src/web/images/merge-rows';
import { planImageSources } from '../../src/web/view-state/image-sources';
import { parseViewQueryString } from '../../src/web/view-state/url-codec';
import { BareList } from './bare-list-view';

const [source] = planImageSources(parseViewQueryString(location.search).state, 'cn-hangzhou');
const page = await fetchDescribeImages({ ...source!.request, PageNumber: 1 });
const rows = mergeSourceRows([{ regionId: source!.regionId, pages: [page] }]);
createRoot(document.getElementById('root')!).render(<BareList rows={rows} />);
