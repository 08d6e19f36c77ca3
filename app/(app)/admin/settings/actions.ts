'use server';

import { revalidatePath } from 'next/cache';
import { updateMissionSettings } from '@/db/settings';
import { missionSettingsSchema } from '@/lib/schemas/accounts';
import { defineAction } from '@/server/action';

export const updateMissionSettingsAction = defineAction({
  access: 'settings:edit',
  schema: missionSettingsSchema,
  run({ version, ...changes }, { viewer }) {
    const settings = updateMissionSettings({ actorId: viewer.id, version, ...changes });
    // The mission name is in the header of every page, its time zone in their times.
    revalidatePath('/', 'layout');
    return settings;
  },
});
