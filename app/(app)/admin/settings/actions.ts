'use server';

import { revalidatePath } from 'next/cache';
import { updateMissionSettings } from '@/db/settings';
import { missionSettingsSchema } from '@/lib/schemas/accounts';
import { defineAction } from '@/server/action';

export const updateMissionSettingsAction = defineAction({
  access: 'settings:edit',
  schema: missionSettingsSchema,
  run({ missionName, version }, { user }) {
    const settings = updateMissionSettings({ actorId: user.id, missionName, version });
    // The mission name is in the header of every page.
    revalidatePath('/', 'layout');
    return settings;
  },
});
