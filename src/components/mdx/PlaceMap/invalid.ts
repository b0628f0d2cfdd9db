import type { InvalidExample } from '../contract';

export const invalid: InvalidExample[] = [
  {
    name: 'coordinates written as text',
    mdx: '<PlaceMap lat="21.327" lon={103.9141} precision="city" label="Sơn La city" />',
    en: '<PlaceMap lat> must be a number, e.g. lat={21.327}',
  },
  {
    name: 'a point outside Sơn La not marked as abroad',
    mdx: '<PlaceMap lat={20.9} lon={102.6} precision="city" label="Far away" />',
    en: '<PlaceMap>: "place" lies outside Sơn La province: check that lat and lon are not swapped and have the right decimals (Sơn La is about lat 20.6–22.0, lon 103.2–105.1); for a partner place abroad add "outsideProvince: true"',
  },
];
