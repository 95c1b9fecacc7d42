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
  route('networks', 'routes/networks.tsx'),
  route('networks/:slug', 'routes/networks.$slug.tsx'),
  route('organisations', 'routes/organisations.tsx'),
  route('organisations/:slug', 'routes/organisations.$slug.tsx'),
  route('organisations/:slug/edit', 'routes/organisations.$slug.edit.tsx'),

  // The commissioner's office
  route('admin', 'routes/admin.tsx'),
  route('admin/users', 'routes/admin.users.tsx'),
  route('admin/review', 'routes/admin.review.tsx'),
  route('admin/outbox', 'routes/admin.outbox.tsx'),
  route('admin/outbox/:messageId', 'routes/admin.outbox.message.tsx'),

  // Legal pages
  route('impressum', 'routes/legal.tsx', { id: 'legal-imprint' }),
  route('datenschutz', 'routes/legal.tsx', { id: 'legal-privacy' }),
  route('barrierefreiheit', 'routes/legal.tsx', { id: 'legal-accessibility' }),

  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
