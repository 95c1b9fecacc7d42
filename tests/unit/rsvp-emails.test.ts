import { expect, test } from 'vitest'
import { renderEmail, templates } from '~/domain/mail/templates.server'

const rsvpTemplates = Object.keys(templates).filter((name) => name.startsWith('rsvp-'))

test('every invitation and answer mail renders HTML and plain text in German and English, with no untranslated keys', async () => {
  expect(rsvpTemplates.sort()).toEqual(
    ['rsvp-confirm-email', 'rsvp-event-changed', 'rsvp-invitation', 'rsvp-offered', 'rsvp-promoted', 'rsvp-received', 'rsvp-reminder', 'rsvp-waitlisted'].sort(),
  )
  for (const name of rsvpTemplates) {
    const component = templates[name as keyof typeof templates].component as unknown as { PreviewProps: Record<string, unknown> }
    for (const locale of ['de', 'en']) {
      const mail = await renderEmail(name, { ...component.PreviewProps, locale })
      expect(mail.subject, name).not.toMatch(/rsvps\.|email\./)
      expect(mail.text, `${name} ${locale}`).not.toMatch(/rsvps\.email|email\.[a-z]/)
      expect(mail.text).toContain('Interreligiöses Friedensgebet')
      expect(mail.html).toContain(`lang="${locale}"`)
    }
  }
})

test('the invitation carries three answer buttons and escapes what organisers typed', async () => {
  const component = templates['rsvp-invitation'].component as unknown as { PreviewProps: Record<string, unknown> }
  const mail = await renderEmail('rsvp-invitation', { ...component.PreviewProps, eventTitle: '<script>alert(1)</script>' })
  expect(mail.html).not.toContain('<script>alert(1)</script>')
  expect(mail.html).toContain('&lt;script&gt;')
  for (const answer of ['yes', 'maybe', 'no']) expect(mail.html).toContain(`?answer=${answer}`)
  expect(mail.text).toMatch(/Ich komme[\s\S]*Vielleicht[\s\S]*Ich komme nicht/)
})
