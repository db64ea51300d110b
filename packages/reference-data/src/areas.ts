import type { ComparisonGroup, ReferenceArea } from './types.ts';

export const METROPOLITAN_AREAS: ComparisonGroup = {
  key: 'METROPOLITAN',
  name: 'Metropolitan areas',
  description:
    'Large, densely populated probation areas. ESI visited areas of similar size and population density in the same year to compare performance.',
};

export const comparisonGroups: readonly ComparisonGroup[] = [METROPOLITAN_AREAS];

/** Districts as the case files record them. The report gives no district list; these follow the area's boroughs. */
export const WEST_MIDLANDS_DISTRICTS = [
  'Birmingham North',
  'Birmingham South',
  'Birmingham East',
  'Birmingham West and Central',
  'Coventry',
  'Dudley',
  'Sandwell',
  'Solihull',
  'Walsall',
  'Wolverhampton',
] as const;

export const westMidlandsArea: ReferenceArea = {
  code: 'WMPA',
  name: 'West Midlands Probation Area',
  region: 'West Midlands',
  comparisonGroup: METROPOLITAN_AREAS.key,
  districts: WEST_MIDLANDS_DISTRICTS,
  demo: false,
};

/** Facts about the area the follow-up report states. */
export const westMidlandsAreaFacts = {
  policeOperationalCommandUnits: 21,
  districtManagersAppointed: 13,
} as const;

// DEMO areas: real places, made-up figures, so that peer comparison has something to show. Their codes and names
// say so, so no one mistakes a demo figure for a published result.
export const demoPeerAreas: readonly ReferenceArea[] = [
  {
    code: 'GMPA-DEMO',
    name: 'Greater Manchester (demo)',
    region: 'North West',
    comparisonGroup: METROPOLITAN_AREAS.key,
    districts: ['Manchester', 'Salford', 'Bolton', 'Wigan', 'Stockport', 'Oldham'],
    demo: true,
  },
  {
    code: 'MERPA-DEMO',
    name: 'Merseyside (demo)',
    region: 'North West',
    comparisonGroup: METROPOLITAN_AREAS.key,
    districts: ['Liverpool North', 'Liverpool South', 'Sefton', 'Wirral', 'Knowsley', 'St Helens'],
    demo: true,
  },
  {
    code: 'WYPA-DEMO',
    name: 'West Yorkshire (demo)',
    region: 'Yorkshire and the Humber',
    comparisonGroup: METROPOLITAN_AREAS.key,
    districts: ['Leeds', 'Bradford', 'Kirklees', 'Calderdale', 'Wakefield'],
    demo: true,
  },
];

export const areas: readonly ReferenceArea[] = [westMidlandsArea, ...demoPeerAreas];
