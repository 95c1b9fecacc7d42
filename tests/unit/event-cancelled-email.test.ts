import { expect, test } from 'vitest'
import { renderEmail } from '~/domain/mail/templates.server'

const props = {
  name: 'Guest <b>',
  eventTitle: 'Friedensgebet <script>x</script>',
  whenLabel: 'Thu, 3 Dec 2026, 18:30–20:00',
  reason: 'The hall is <i>not</i> available',
  eventUrl: 'http://localhost:3000/events/abc',
  locale: 'en' as const,
}

test('the cancellation notice names the event, the date and the reason, in the recipient language, with user input escaped', async () => {
  const mail = await renderEmail('event-cancelled', props)
  expect(mail.subject).toBe('Cancelled: Friedensgebet <script>x</script>')
  expect(mail.html).toContain('Friedensgebet &lt;script&gt;x&lt;/script&gt;')
  expect(mail.html).not.toContain('<script>x</script>')
  expect(mail.html).toContain('The hall is &lt;i&gt;not&lt;/i&gt; available')
  expect(mail.html).toContain('href="http://localhost:3000/events/abc"')
  expect(mail.text).toContain('Thu, 3 Dec 2026, 18:30–20:00')
  const german = await renderEmail('event-cancelled', { ...props, locale: 'de' })
  expect(german.subject).toBe('Abgesagt: Friedensgebet <script>x</script>')
  expect(german.text).toContain('findet leider nicht statt')
})
