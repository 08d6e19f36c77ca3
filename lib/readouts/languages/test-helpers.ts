import { defaultAreas } from '../default-areas';
import { readReadout, toJson } from '../index';

/** Reads a short readout as a mission of `ourCountry` would, published on `published`. */
export function read(text: string, ourCountry: string, published: string | null = null) {
  const draft = readReadout(text, { ourCountry, published, areas: [...defaultAreas] });
  return { draft, json: toJson(draft) };
}
