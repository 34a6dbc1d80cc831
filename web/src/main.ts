// Entry point of the explorer page. It is small on purpose: it asks for the first view's data at
// once, and the data travels while the browser downloads and compiles the rest of the app.
import './styles/main.css';
import { createApi } from './api/client.js';
import { prefetchLanding } from './app/landing.js';
import { initialView } from './app/url-sync.js';

const api = createApi();
const view = initialView();
const landing = prefetchLanding(api, view);
void import('./app/explorer.js').then(({ startExplorer }) => startExplorer(api, view, landing));
