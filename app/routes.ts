import { index, route, type RouteConfig } from '@remix-run/route-config'

/** Every URL of Dialognetz, in one place. Route files are thin: HTTP and UI only. */
export default [
  index('routes/home.tsx'),
  route('healthz', 'routes/healthz.ts'),

  // Sign-in and account
  route('login', 'routes/login.tsx'),
  route('auth/:token', 'routes/auth-link.tsx'),
  route('logout', 'routes/logout.ts'),
  route('language', 'routes/language.ts'),
  route('account', 'routes/account.tsx'),

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
  route('organisations', 'routes/organisations.tsx'),

  // The commissioner's office
  route('admin', 'routes/admin.tsx'),
  route('admin/users', 'routes/admin.users.tsx'),
  route('admin/outbox', 'routes/admin.outbox.tsx'),
  route('admin/outbox/:messageId', 'routes/admin.outbox.message.tsx'),

  // Legal pages
  route('impressum', 'routes/legal.tsx', { id: 'legal-imprint' }),
  route('datenschutz', 'routes/legal.tsx', { id: 'legal-privacy' }),
  route('barrierefreiheit', 'routes/legal.tsx', { id: 'legal-accessibility' }),

  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
