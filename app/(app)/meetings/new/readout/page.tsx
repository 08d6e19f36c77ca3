import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/components/ui/link';
import { getMissionSettings, missionToday } from '@/db/settings';
import { fill } from '@/lib/fill';
import { commitmentSides } from '@/lib/follow-ups';
import { areaOutcomes, meetingKinds } from '@/lib/meetings';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { saveDraftAction } from '../../../drafts/actions';
import { meetingFormOptions } from '../../_components/form-options';
import { readReadoutAction } from './actions';
import type { MeetingCardLabels } from './_components/readout-review';
import { ReadoutWorkspace, type ReadoutWorkspaceLabels } from './_components/readout-workspace';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('readout'))('title') };
}

/** "Paste a readout, get a draft": the text is read into proposed meetings, reviewed, then kept as drafts of the normal form. */
export default async function MeetingFromReadoutPage() {
  // The drafts it ends in are kept through the drafts' own action, which asks for draft:keep itself.
  const viewer = await requirePermission('meeting:create');
  const t = await getTranslations('readout');
  const f = await getFormat();
  const { colleagues, areas } = await meetingFormOptions();
  return (
    <div className="max-w-6xl">
      <Link href="/meetings/new" className="text-sm text-brand-700 underline">
        ← {t('byHand')}
      </Link>
      <PageHeader title={t('title')} description={t('description')} />
      <ReadoutWorkspace
        readReadout={readReadoutAction}
        saveDraft={saveDraftAction}
        options={{
          countries: f.countries(),
          colleagues,
          areas,
          meetingKinds: meetingKinds.map((kind) => ({ value: kind, label: f.meetingKind[kind] })),
          commitmentSides: commitmentSides.map((side) => ({ value: side, label: f.side[side] })),
          areaOutcomes: areaOutcomes.map((outcome) => ({ value: outcome, label: f.areaOutcome[outcome] })),
        }}
        me={viewer.id}
        ourCountry={getMissionSettings().ourCountryCode}
        today={missionToday()}
        locale={f.locale}
        labels={await readoutLabels(f.number(TEXT_LIMITS.readout))}
      />
    </div>
  );
}

/**
 * The workspace's and the review's words. Templates the browser completes (names, counts, dates it
 * learns there) are passed raw, for `fill` and `plural` (lib/fill.ts); the rest is rendered here.
 */
async function readoutLabels(limit: string): Promise<ReadoutWorkspaceLabels> {
  const t = await getTranslations('readout');
  const raw = (key: string) => t.raw(key) as string;
  const forms = (key: string) => ({ one: raw(`${key}.one`), other: raw(`${key}.other`) });
  const textLabel = t('workspace.textLabel');
  const card: MeetingCardLabels = {
    heading: raw('card.heading'),
    create: t('card.create'),
    summaryNote: t('card.summaryNote'),
    showMeeting: raw('card.showMeeting'),
    title: t('card.title'),
    kind: t('card.kind'),
    chooseCountry: t('card.chooseCountry'),
    colleague: raw('card.colleague'),
    remove: raw('card.remove'),
    inList: raw('card.inList'),
    inListSpelling: raw('card.inListSpelling'),
    dates: {
      title: t('card.dates.title'),
      start: t('card.dates.start'),
      end: t('card.dates.end'),
      startRow: raw('card.dates.startRow'),
      endRow: raw('card.dates.endRow'),
      none: t('card.dates.none'),
      removeStart: raw('card.dates.removeStart'),
      removeEnd: raw('card.dates.removeEnd'),
    },
    places: {
      title: t('card.places.title'),
      row: raw('card.places.row'),
      unnamed: raw('card.places.unnamed'),
      city: raw('card.places.city'),
      country: raw('card.places.country'),
    },
    countries: {
      title: t('card.countries.title'),
      row: raw('card.countries.row'),
      unnamed: raw('card.countries.unnamed'),
      field: raw('card.countries.field'),
    },
    counterparts: {
      title: t('card.counterparts.title'),
      row: raw('card.counterparts.row'),
      unnamed: raw('card.counterparts.unnamed'),
      name: raw('card.counterparts.name'),
      position: raw('card.counterparts.position'),
      organisation: raw('card.counterparts.organisation'),
      side: raw('card.counterparts.side'),
      sides: { partner: t('card.counterparts.sides.partner'), ours: t('card.counterparts.sides.ours') },
      records: raw('card.counterparts.records'),
      colleague: raw('card.counterparts.colleague'),
      contact: raw('card.counterparts.contact'),
      contactSpelling: raw('card.counterparts.contactSpelling'),
      oneOfOurs: t('card.counterparts.oneOfOurs'),
      notInContacts: t('card.counterparts.notInContacts'),
      spellingHint: raw('card.counterparts.spellingHint'),
      newHint: t('card.counterparts.newHint'),
      noneHint: t('card.counterparts.noneHint'),
    },
    organisations: {
      title: t('card.organisations.title'),
      row: raw('card.organisations.row'),
      unnamed: raw('card.organisations.unnamed'),
      field: raw('card.organisations.field'),
      notInList: t('card.organisations.notInList'),
    },
    areas: {
      title: t('card.areas.title'),
      row: raw('card.areas.row'),
      unnamed: raw('card.areas.unnamed'),
      field: raw('card.areas.field'),
      notInList: raw('card.areas.notInList'),
      choose: t('card.areas.choose'),
      outcome: raw('card.areas.outcome'),
    },
    followUps: {
      title: t('card.followUps.title'),
      row: raw('card.followUps.row'),
      unnamed: raw('card.followUps.unnamed'),
      text: raw('card.followUps.text'),
      side: raw('card.followUps.side'),
      due: raw('card.followUps.due'),
    },
    value: {
      noneFound: t('card.value.noneFound'),
      fromText: t('card.value.fromText'),
      show: t('card.value.show'),
      showLabel: raw('card.value.showLabel'),
      notFound: t('card.value.notFound'),
      remove: t('card.value.remove'),
    },
  };
  return {
    textLabel,
    textHint: t('workspace.textHint'),
    fileLabel: t('workspace.fileLabel'),
    fileNote: t('workspace.fileNote'),
    published: t('workspace.published'),
    publishedHint: t('workspace.publishedHint'),
    read: t('workspace.read'),
    reading: t('workspace.reading'),
    unreachable: t('workspace.unreachable'),
    file: {
      notText: raw('workspace.file.notText'),
      // The label and the limit are known here; the file's name and size only in the browser.
      tooLong: fill(raw('workspace.file.tooLong'), { label: textLabel, max: limit }),
      moreThan: t('workspace.file.moreThan', { max: limit }),
      unreadable: raw('workspace.file.unreadable'),
      loaded: raw('workspace.file.loaded'),
    },
    review: {
      heading: forms('review.heading'),
      changeText: t('review.changeText'),
      notices: t('review.notices'),
      nothingFound: t('review.nothingFound'),
      startAnyway: t('review.startAnyway'),
      noneTicked: t('review.noneTicked'),
      becomeDrafts: forms('review.becomeDrafts'),
      create: t('review.create'),
      creating: t('review.creating'),
      keeping: raw('review.keeping'),
      draftLabel: t('review.draftLabel'),
      unreachable: t('review.unreachable'),
      notKept: t('review.notKept'),
      partlyKept: forms('review.partlyKept'),
      keptMany: raw('review.keptMany'),
      keptOne: t('review.keptOne'),
      dayNote: { published: raw('review.dayNote.published'), today: raw('review.dayNote.today') },
      textHeading: t('review.textHeading'),
      textRegion: t('review.textRegion'),
      card,
    },
  };
}
