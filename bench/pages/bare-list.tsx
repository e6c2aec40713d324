// The baseline page for scrolling (bench case 4): every row of the view in the bare list.
import { createRoot } from 'react-dom/client';
import { BareList } from './bare-list-view';
import { loadRows, markReady } from './load-rows';

const rows = await loadRows(location.search);
createRoot(document.getElementById('root')!).render(<BareList rows={rows} />);
markReady(rows.length);
