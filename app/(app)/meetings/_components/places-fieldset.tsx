'use client';

import { SelectField, Field } from '@/components/ui/field';
import { GroupError } from '@/components/ui/textarea-field';
import { fill } from '@/lib/fill';
import { focusOnceDrawn, type Keyed, withTrailingBlank } from './rows';

export type PlaceRow = Keyed<{ city: string; countryCode: string }>;

/** `city`, `country` and `remove` are templates with the row's number, {n}. */
export type PlacesLabels = { legend: string; hint: string; city: string; country: string; chooseCountry: string; remove: string };

/** Where the meeting took place: a row per city, the next row ready as soon as one is filled. */
export function PlacesFieldset({
  places,
  onChange,
  countryOptions,
  errors,
  labels,
}: {
  places: PlaceRow[];
  onChange: (places: PlaceRow[]) => void;
  countryOptions: { value: string; label: string }[];
  errors?: string[];
  labels: PlacesLabels;
}) {
  const update = (rows: PlaceRow[], { keepSpare = false } = {}) => {
    const next = withTrailingBlank(
      rows,
      (row) => !row.city.trim(),
      (last) => ({ city: '', countryCode: last?.countryCode ?? '' }),
    );
    // The spare row keeps to the country of the row above it, whenever that changes.
    const [spare, above] = [next.at(-1)!, next.at(-2)];
    onChange(above && !spare.city.trim() && !keepSpare ? [...next.slice(0, -1), { ...spare, countryCode: above.countryCode }] : next);
  };
  const change = (key: string, field: 'city' | 'countryCode', value: string) =>
    update(
      places.map((place) => (place.key === key ? { ...place, [field]: value } : place)),
      { keepSpare: key === places.at(-1)?.key },
    );
  return (
    <fieldset className="space-y-2" aria-describedby={errors ? 'places-error' : 'places-hint'}>
      <legend className="text-sm font-medium text-slate-800">{labels.legend}</legend>
      <p id="places-hint" className="text-sm text-slate-600">
        {labels.hint}
      </p>
      {places.map((place, index) => {
        const spare = index === places.length - 1 && index > 0 && !place.city.trim();
        const n = { n: index + 1 };
        return (
          <div key={place.key} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
            <Field
              name="placeCity"
              id={`place-city-${index}`}
              label={fill(labels.city, n)}
              value={place.city}
              onChange={(e) => change(place.key, 'city', e.target.value)}
            />
            <SelectField
              name="placeCountry"
              id={`place-country-${index}`}
              label={fill(labels.country, n)}
              value={place.countryCode}
              onChange={(e) => change(place.key, 'countryCode', e.target.value)}
              options={countryOptions}
            />
            <button
              type="button"
              className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm disabled:opacity-40"
              disabled={spare || places.length === 1}
              onClick={() => {
                update(places.filter((p) => p.key !== place.key));
                // The row now in its place (the next one, or the blank row kept ready).
                focusOnceDrawn(`place-city-${index}`);
              }}
              aria-label={fill(labels.remove, n)}
            >
              ✕
            </button>
          </div>
        );
      })}
      <GroupError id="places-error" errors={errors} />
    </fieldset>
  );
}
