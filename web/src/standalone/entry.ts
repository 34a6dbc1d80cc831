// The standalone viewer's bundle entry: the script runs at the end of the file's <body>, after
// the data block, so the page is there to build on.
import { runStandaloneViewer } from './viewer.js';

runStandaloneViewer();
