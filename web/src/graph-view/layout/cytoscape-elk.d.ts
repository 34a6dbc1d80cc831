// cytoscape-elk ships no types; it is a standard Cytoscape extension.
declare module 'cytoscape-elk' {
  import type { Ext } from 'cytoscape';
  const elk: Ext;
  export default elk;
}
