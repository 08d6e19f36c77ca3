import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { getMissionSettings } from '@/db/settings';
import { listActiveColleagues } from '@/db/users';
import { commitmentSides } from '@/lib/follow-ups';
import { areaOutcomes, meetingKinds } from '@/lib/meetings';
import { getFormat } from '@/server/format';
import type { DeleteMeetingLabels } from './delete-meeting-button';
import type { MeetingFormLabels, MeetingFormOptions } from './meeting-form';

const choices = <V extends string>(values: readonly V[], words: Record<V, string>) => values.map((value) => ({ value, label: words[value] }));

/** What the meeting form offers to choose from, named in the reader's language. */
export async function meetingFormOptions(extraAreas: { id: number; name: string }[] = []): Promise<MeetingFormOptions & { hostCountry: string | null }> {
  const f = await getFormat();
  const areas = listCooperationAreas();
  const focusCountries = listFocusCountryCodes();
  return {
    countries: f.countries(),
    focusCountries,
    // Where most meetings happen: the host country, else the mission's only focus country.
    hostCountry: getMissionSettings().hostCountryCode ?? (focusCountries.length === 1 ? focusCountries[0]! : null),
    colleagues: listActiveColleagues(),
    // A retired area already on the meeting stays selectable while editing it.
    // In the reader's alphabetical order: French names do not sort as their English ones.
    areas: [...areas, ...extraAreas.filter((extra) => !areas.some((area) => area.id === extra.id))]
      .map((area) => ({ id: area.id, name: f.area(area.name) }))
      .sort((a, b) => a.name.localeCompare(b.name, f.locale)),
    kinds: choices(meetingKinds, f.meetingKind),
    sides: choices(commitmentSides, f.side),
    areaOutcomes: choices(areaOutcomes, f.areaOutcome),
  };
}

/**
 * The meeting form's words, for the new and the edit page alike. Words the browser completes
 * (a row's number, a name) are raw templates for lib/fill.ts.
 */
export async function meetingFormLabels(submit: string): Promise<MeetingFormLabels> {
  const t = await getTranslations('meetingForm');
  const f = await getFormat();
  return {
    submit,
    saved: t('form.saved'),
    untitledDraft: t('form.untitledDraft'),
    changesDraft: t('form.changesDraft'),
    whatAndWhen: {
      heading: t('whatAndWhen.heading'),
      title: t('whatAndWhen.title'),
      titleHint: t('whatAndWhen.titleHint'),
      kind: t('whatAndWhen.kind'),
      startDate: t('whatAndWhen.startDate'),
      endDate: t('whatAndWhen.endDate'),
      places: {
        legend: t('places.legend'),
        hint: t('places.hint'),
        city: t.raw('places.city') as string,
        country: t.raw('places.country') as string,
        chooseCountry: t('places.chooseCountry'),
        remove: t.raw('places.remove') as string,
      },
    },
    who: {
      heading: t('who.heading'),
      partnerCountries: t('who.partnerCountries'),
      addCountry: t('who.addCountry'),
      attendees: t('who.attendees'),
      chosenAttendees: t('who.chosenAttendees'),
      removeAttendee: t.raw('who.removeAttendee') as string,
      colleague: t.raw('who.colleague') as string,
      audienceLocked: t('who.audienceLocked'),
      addColleague: t('who.addColleague'),
      counterparts: {
        legend: t('counterparts.legend'),
        chosen: t('counterparts.chosen'),
        remove: t.raw('counterparts.remove') as string,
        fromReadout: t('counterparts.fromReadout'),
        add: t('counterparts.add'),
        addNamed: t.raw('counterparts.addNamed') as string,
        dismiss: t('counterparts.dismiss'),
        dismissNamed: t.raw('counterparts.dismissNamed') as string,
        find: t('counterparts.find'),
        findHint: t('counterparts.findHint'),
        newCounterpart: t('counterparts.newCounterpart'),
        opening: t('counterparts.opening'),
        unavailable: t('counterparts.unavailable'),
      },
    },
    discussion: {
      locale: f.locale,
      heading: t('discussion.heading'),
      summary: t('discussion.summary'),
      outcome: t('discussion.outcome'),
      sourceReadout: { one: t.raw('discussion.sourceReadout.one') as string, other: t.raw('discussion.sourceReadout.other') as string },
      sourceText: t('discussion.sourceText'),
      removeSource: t('discussion.removeSource'),
      areas: t('discussion.areas'),
      areasHint: t('discussion.areasHint'),
      areaChoice: Object.fromEntries(areaOutcomes.map((outcome) => [outcome, t.raw(`discussion.areaChoice.${outcome}`) as string])) as Record<
        (typeof areaOutcomes)[number],
        string
      >,
      audience: t('discussion.audience'),
      audiences: {
        normal: t('discussion.audienceNormal'),
        restricted: t('discussion.audienceRestricted', { restricted: f.confidentiality.restricted }),
      },
    },
    followUps: {
      heading: t('followUps.heading'),
      intro: t('followUps.intro'),
      legend: t.raw('followUps.legend') as string,
      title: t.raw('followUps.title') as string,
      side: t.raw('followUps.side') as string,
      owner: t.raw('followUps.owner') as string,
      nobody: t('followUps.nobody'),
      due: t.raw('followUps.due') as string,
      country: t.raw('followUps.country') as string,
      noCountries: t('followUps.noCountries'),
      remove: t.raw('followUps.remove') as string,
    },
  };
}

/** The words of the meeting page's delete button (components: DeleteMeetingButton). */
export async function deleteMeetingLabels(): Promise<DeleteMeetingLabels> {
  const t = await getTranslations('meetingForm.deleteMeeting');
  return { summary: t('summary'), explain: t('explain'), confirm: t('confirm'), pending: t('pending') };
}
