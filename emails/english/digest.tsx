// The English preview of the digest for `npm run email:dev` (the template itself is emails/digest.tsx).
import Digest, { type DigestProps } from '../digest'

export default function DigestEnglish(props: DigestProps) {
  return <Digest {...props} />
}

DigestEnglish.PreviewProps = {
  ...Digest.PreviewProps,
  periodLabel: 'week 49',
  weeks: Digest.PreviewProps.weeks.map((week) => ({
    label: 'Mon, 30 Nov 2026',
    events: week.events.map((event) => ({ ...event, when: 'Thu, 3 Dec 2026, 18:30–20:00' })),
  })),
  invitations: Digest.PreviewProps.invitations.map((invitation) => ({ ...invitation, when: 'Tue, 8 Dec 2026, 17:00–19:00' })),
  changes: Digest.PreviewProps.changes.map((change) => ({ ...change, when: 'Sat, 12 Dec 2026' })),
  observances: [{ name: 'Hanukkah', dates: '5–12 Dec' }],
  locale: 'en',
} satisfies DigestProps
