/** Leaflet's ES module build has the same API as the package's main file: give it @types/leaflet's types. */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
