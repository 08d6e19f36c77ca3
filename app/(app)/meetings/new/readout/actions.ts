'use server';

import { readReadoutSchema } from '@/lib/schemas/readouts';
import { defineAction } from '@/server/action';
import { requestLocale } from '@/server/locale';
import { translateMessage } from '@/server/messages';
import { proposeFromReadout } from '@/server/readouts';

/** Reads a pasted readout into proposed meetings. Saves nothing: the officer reviews, then keeps drafts. */
export const readReadoutAction = defineAction({
  access: 'meeting:create',
  schema: readReadoutSchema,
  readOnly: true,
  async run({ text, published }, { viewer }) {
    const proposal = proposeFromReadout({ viewer, text: text.text, published, removedCharacters: text.removed });
    const locale = await requestLocale();
    return { ...proposal, notices: proposal.notices.map((notice) => translateMessage(notice, locale)) };
  },
});
