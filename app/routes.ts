import { index, route, type RouteConfig } from '@remix-run/route-config'

/** Every URL of Dialognetz, in one place. Route files are thin: HTTP and UI only. */
export default [
  index('routes/home.tsx'),
  route('healthz', 'routes/healthz.ts'),
  route('locales/:lng.json', 'routes/locales.ts'),

  // Sign-in and account
  route('login', 'routes/login.tsx'),
  route('auth/:token', 'routes/auth-link.tsx'),
  route('logout', 'routes/logout.ts'),
  route('language', 'routes/language.ts'),
  route('account', 'routes/account.tsx'),
  route('account/feed', 'routes/account.feed.tsx'),

  // Public directory and calendar
  route('events', 'routes/events.tsx'),
  route('events/new', 'routes/events.new.tsx'),
  route('events/:eventId', 'routes/events.detail.tsx'),
  route('events/:eventId/edit', 'routes/events.edit.tsx'),
  route('events/:eventId/cancel', 'routes/events.cancel.tsx'),
  route('me/events', 'routes/me.events.tsx'),
  route('moderation', 'routes/moderation.tsx'),
  route('observances', 'routes/observances.tsx'),
  route('observances.json', 'routes/observances-json.ts'),
  route('networks', 'routes/networks.tsx'),
  route('networks/:slug', 'routes/networks.$slug.tsx'),
  route('networks/:slug/members', 'routes/networks.$slug.members.tsx'),

  // Dialogue rounds: series, date polls (personal poll links need no account)
  route('networks/:slug/rounds', 'routes/networks.$slug.rounds.tsx'),
  route('networks/:slug/rounds/:roundId/poll', 'routes/networks.$slug.rounds.$roundId.poll.tsx'),
  route('networks/:slug/rounds/:roundId/agenda', 'routes/networks.$slug.rounds.$roundId.agenda.tsx'),
  route('networks/:slug/rounds/:roundId/minutes', 'routes/networks.$slug.rounds.$roundId.minutes.tsx'),
  route('networks/:slug/rounds/polls/:pollId', 'routes/networks.$slug.rounds.polls.$pollId.tsx'),
  route('polls/:token', 'routes/polls.$token.tsx'),
  // Joint statements: drafted, signed and published inside the network; the published ones have a public page
  route('networks/:slug/rounds/statements', 'routes/networks.$slug.rounds.statements.tsx'),
  route('networks/:slug/rounds/statements/:statementId', 'routes/networks.$slug.rounds.statements.$statementId.tsx'),
  route('statements/:statementId', 'routes/statements.$statementId.tsx'),
  route('organisations', 'routes/organisations.tsx'),
  route('organisations/apply', 'routes/organisations.apply.tsx'),
  route('organisations/confirm/:token', 'routes/organisations.confirm.$token.tsx'),
  route('organisations/:slug', 'routes/organisations.$slug.tsx'),
  route('organisations/:slug/edit', 'routes/organisations.$slug.edit.tsx'),

  // Calendar files and feeds (text/calendar)
  route('calendar.ics', 'routes/calendar.ics.ts'),
  route('events/:eventId/calendar.ics', 'routes/event.calendar.ics.ts'),
  route('feeds/:token/calendar.ics', 'routes/feed.calendar.ics.ts'),
  route('observances.ics', 'routes/observances.ics.ts'),

  // Invitations and answers (issue 5)
  route('events/:eventId/answer', 'routes/events.answer.tsx'),
  route('events/:eventId/invitations', 'routes/events.invitations.tsx'),
  route('events/:eventId/attendees', 'routes/events.attendees.tsx'),
  route('events/:eventId/attendees.csv', 'routes/events.attendees-csv.ts'),
  route('events/:eventId/attendees/check-in', 'routes/events.check-in.tsx'),
  route('r/:token', 'routes/answer-link.tsx'),
  route('confirm-answer/:token', 'routes/confirm-answer.tsx'),

  // The commissioner's office
  route('admin', 'routes/admin.tsx'),
  route('admin/users', 'routes/admin.users.tsx'),
  route('admin/review', 'routes/admin.review.tsx'),
  route('admin/directory', 'routes/admin.directory.tsx'),
  route('admin/directory.csv', 'routes/admin.directory[.csv].ts'),
  route('admin/organisations/:organisationId', 'routes/admin.organisations.$organisationId.tsx'),
  route('admin/networks', 'routes/admin.networks.tsx'),
  route('admin/networks/:networkId', 'routes/admin.networks.$networkId.tsx'),
  route('admin/outbox', 'routes/admin.outbox.tsx'),
  route('admin/outbox/:messageId', 'routes/admin.outbox.message.tsx'),
  route('admin/suppressions', 'routes/admin.suppressions.tsx'),

  // Mail: delivery events, unsubscribing, notification settings, the public digest
  route('webhooks/resend', 'routes/webhooks.resend.ts'),
  route('unsubscribe/:token', 'routes/unsubscribe.tsx'),
  route('account/notifications', 'routes/account.notifications.tsx'),
  route('subscribe', 'routes/subscribe.tsx'),
  route('subscribe/confirm/:token', 'routes/subscribe.confirm.tsx'),

  // Legal pages
  route('impressum', 'routes/legal.tsx', { id: 'legal-imprint' }),
  route('datenschutz', 'routes/legal.tsx', { id: 'legal-privacy' }),
  route('barrierefreiheit', 'routes/legal.tsx', { id: 'legal-accessibility' }),

  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
