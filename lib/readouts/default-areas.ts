/**
 * The cooperation areas a new mission starts with (db/migrations/0002_default_cooperation_areas.sql)
 * and the gold corpus is labelled with: what `npm run readout` and the evaluation hand the reader
 * when no mission's own list is at hand.
 */
export const defaultAreas: readonly string[] = [
  'ICT and digital innovation',
  'Renewable and green energy',
  'Biotechnology',
  'Transport and logistics',
  'Finance and investment',
  'Trade',
  'Higher education and research',
  'Culture',
  'Security and defence',
  'Climate and sustainable development',
  'Agriculture and food',
  'Tourism',
  'Health',
  'Justice and rule of law',
  'Consular and diaspora affairs',
];
