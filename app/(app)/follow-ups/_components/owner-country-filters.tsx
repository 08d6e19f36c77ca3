import { PickListSelect } from '@/components/pick-list-select';
import { listActiveColleagues } from '@/db/users';
import { countryName } from '@/lib/countries';
import type { parseFollowUpFilters } from '@/lib/schemas/follow-ups';

/**
 * The owner and country selects of the follow-up list and the review queue. Only the current
 * choices are rendered; the long lists come from /api/pick-lists.
 */
export function OwnerCountryFilters({ filters, me }: { filters: ReturnType<typeof parseFollowUpFilters>; me?: number }) {
  const fixed = [...(me ? [{ value: String(me), label: 'Me' }] : []), { value: 'none', label: 'No owner' }];
  const owner = typeof filters.ownerId === 'number' ? listActiveColleagues().find((colleague) => colleague.id === filters.ownerId) : undefined;
  return (
    <>
      <PickListSelect
        id="owner"
        label="Owner"
        list="colleagues"
        anyLabel="Anyone"
        fixed={fixed}
        selected={filters.ownerId === 'none' ? fixed.at(-1) : owner && { value: String(owner.id), label: owner.name }}
      />
      <PickListSelect id="country" label="Partner country" list="countries" selected={filters.countryCode ? { value: filters.countryCode, label: countryName(filters.countryCode) } : undefined} />
    </>
  );
}
