import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { id, instant, stringList, timestamps } from './columns'
import { events } from './events'
import { networks } from './networks'
import { organisations } from './organisations'

/** host: one member organisation hosts each round in turn; team: a team prepares it, the host only lends the room. */
export const ROUND_FORMATS = ['host', 'team'] as const
export type RoundFormat = (typeof ROUND_FORMATS)[number]

export const ROUND_STATUSES = ['planning', 'scheduled', 'held', 'cancelled'] as const
export type RoundStatus = (typeof ROUND_STATUSES)[number]

export const TOPIC_STATUSES = ['proposed', 'accepted', 'deferred'] as const
export type TopicStatus = (typeof TOPIC_STATUSES)[number]

export const POLL_ANSWERS = ['yes', 'if-need-be', 'no'] as const
export type PollAnswer = (typeof POLL_ANSWERS)[number]

/** A round table of a network that meets again and again (the commissioner's "Runder Tisch"). */
export const roundSeries = sqliteTable(
  'round_series',
  {
    id: id(),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** Free text, e.g. "alle 2–3 Monate". */
    cadenceHint: text('cadence_hint').notNull().default(''),
    defaultLengthMinutes: integer('default_length_minutes').notNull().default(120),
    format: text('format', { enum: ROUND_FORMATS }).notNull().default('host'),
    /** Ids of member organisations in the order in which they host. */
    hostOrder: stringList('host_order'),
    ...timestamps,
  },
  (t) => [index('round_series_network_idx').on(t.networkId)],
)

export const rounds = sqliteTable(
  'rounds',
  {
    id: id(),
    seriesId: text('series_id')
      .notNull()
      .references(() => roundSeries.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    hostOrganisationId: text('host_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** The round's event, once a date is chosen (created through the events/RSVP machinery). */
    eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
    status: text('status', { enum: ROUND_STATUSES }).notNull().default('planning'),
    /** Members propose agenda topics until this instant; null = until the coordinator closes the agenda by hand (no limit). */
    agendaCutoffAt: instant('agenda_cutoff_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('rounds_series_number_unique').on(t.seriesId, t.number), index('rounds_event_idx').on(t.eventId)],
)

export const datePolls = sqliteTable(
  'date_polls',
  {
    id: id(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    deadline: instant('deadline').notNull(),
    closedAt: instant('closed_at'),
    lastReminderAt: instant('last_reminder_at'),
    ...timestamps,
  },
  (t) => [index('date_polls_round_idx').on(t.roundId), index('date_polls_deadline_idx').on(t.deadline)],
)

export const pollCandidates = sqliteTable(
  'poll_candidates',
  {
    id: id(),
    pollId: text('poll_id')
      .notNull()
      .references(() => datePolls.id, { onDelete: 'cascade' }),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('poll_candidates_poll_start_unique').on(t.pollId, t.startsAt)],
)

export const pollParticipants = sqliteTable(
  'poll_participants',
  {
    id: id(),
    pollId: text('poll_id')
      .notNull()
      .references(() => datePolls.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** SHA-256 of the personal poll link's token (purpose: this poll only). */
    tokenHash: text('token_hash').notNull().unique(),
    answeredAt: instant('answered_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('poll_participants_poll_email_unique').on(t.pollId, t.email), index('poll_participants_user_idx').on(t.userId)],
)

export const pollAnswers = sqliteTable(
  'poll_answers',
  {
    id: id(),
    participantId: text('participant_id')
      .notNull()
      .references(() => pollParticipants.id, { onDelete: 'cascade' }),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => pollCandidates.id, { onDelete: 'cascade' }),
    answer: text('answer', { enum: POLL_ANSWERS }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('poll_answers_participant_candidate_unique').on(t.participantId, t.candidateId), index('poll_answers_candidate_idx').on(t.candidateId)],
)

/** A topic proposed for a round's agenda by a member organisation; the coordinators order, accept or defer it. */
export const agendaTopics = sqliteTable(
  'agenda_topics',
  {
    id: id(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** At most 500 characters (RoundTopicSchema). */
    description: text('description').notNull().default(''),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    proposedById: text('proposed_by_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: TOPIC_STATUSES }).notNull().default('proposed'),
    /** Order on the agenda within the round (1, 2, …). */
    position: integer('position').notNull(),
    ...timestamps,
  },
  (t) => [index('agenda_topics_round_position_idx').on(t.roundId, t.position)],
)

/** The minutes of a round (safe Markdown subset); visible to the network's members once published. */
export const roundMinutes = sqliteTable('round_minutes', {
  id: id(),
  roundId: text('round_id')
    .notNull()
    .unique()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
  publishedAt: instant('published_at'),
  updatedById: text('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  ...timestamps,
})

/** A follow-up task agreed in a round: who does what by when; open ones appear on the next round's agenda. */
export const roundTasks = sqliteTable(
  'round_tasks',
  {
    id: id(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    what: text('what').notNull(),
    /** A person or organisation, as written in the minutes. */
    who: text('who').notNull(),
    /** YYYY-MM-DD (Europe/Berlin), optional. */
    dueOn: text('due_on'),
    doneAt: instant('done_at'),
    ...timestamps,
  },
  (t) => [index('round_tasks_round_idx').on(t.roundId, t.doneAt)],
)

/** Which member organisations attended a round (recorded by hand); one row per round and organisation. */
export const roundAttendance = sqliteTable(
  'round_attendance',
  {
    id: id(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    present: integer('present', { mode: 'boolean' }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('round_attendance_round_organisation_unique').on(t.roundId, t.organisationId)],
)

/** A decision taken in a round, as recorded with the minutes; visible to the network's members. */
export const roundDecisions = sqliteTable(
  'round_decisions',
  {
    id: id(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    ...timestamps,
  },
  (t) => [index('round_decisions_round_idx').on(t.roundId, t.createdAt)],
)

export const STATEMENT_STATUSES = ['draft', 'open', 'published'] as const
export type StatementStatus = (typeof STATEMENT_STATUSES)[number]

/**
 * A joint statement a network adopts: drafted by the coordination, opened for signatures by the
 * member organisations' editors, then published on a public page listing the signatories.
 */
export const jointStatements = sqliteTable(
  'joint_statements',
  {
    id: id(),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    /** The round it came out of, if any. */
    roundId: text('round_id').references(() => rounds.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    /** The safe Markdown subset of the minutes. */
    body: text('body').notNull(),
    status: text('status', { enum: STATEMENT_STATUSES }).notNull().default('draft'),
    openedAt: instant('opened_at'),
    /** The adoption date shown on the public page. */
    publishedAt: instant('published_at'),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('joint_statements_network_status_idx').on(t.networkId, t.status, t.publishedAt), index('joint_statements_round_idx').on(t.roundId)],
)

/** One signature per statement and organisation, given by one of the organisation's editors. */
export const statementSignatures = sqliteTable(
  'statement_signatures',
  {
    id: id(),
    statementId: text('statement_id')
      .notNull()
      .references(() => jointStatements.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    signedById: text('signed_by_id').references(() => users.id, { onDelete: 'set null' }),
    signedAt: instant('signed_at').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('statement_signatures_statement_organisation_unique').on(t.statementId, t.organisationId),
    index('statement_signatures_organisation_idx').on(t.organisationId),
  ],
)
