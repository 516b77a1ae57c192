import type { Region } from '../domain/common';

/** The Welsh names of the regions (the English names are the stored values). Terms: glossary-cy.md. */
const welshRegions: Record<Region, string> = {
  'North East': 'Gogledd-ddwyrain Lloegr',
  'North West': 'Gogledd-orllewin Lloegr',
  'Yorkshire and the Humber': 'Swydd Efrog a’r Humber',
  'East Midlands': 'Dwyrain Canolbarth Lloegr',
  'West Midlands': 'Gorllewin Canolbarth Lloegr',
  'East of England': 'Dwyrain Lloegr',
  London: 'Llundain',
  'South East': 'De-ddwyrain Lloegr',
  'South West': 'De-orllewin Lloegr',
  Wales: 'Cymru',
};

/** A region's name in `language` ("cy…" Welsh, anything else English); an unknown value comes back as stored. */
export function regionName(region: string, language: string): string {
  if (!language.toLowerCase().startsWith('cy')) return region;
  return welshRegions[region as Region] ?? region;
}
