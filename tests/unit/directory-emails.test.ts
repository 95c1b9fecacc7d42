import { expect, test } from 'vitest'
import { renderEmail } from '~/domain/mail/templates.server'

test('the decision mail carries the reason in the recipient language, escaped, in HTML and plain text', async () => {
  const mail = await renderEmail('directory-decision', {
    name: 'Grace',
    organisationName: 'Campus <Chaplaincy>',
    kind: 'profile',
    outcome: 'rejected',
    reason: 'Bitte <script>alert(1)</script> entfernen.',
    url: 'http://localhost:3000/organisations/campus/edit',
    locale: 'en',
  })
  expect(mail.subject).toBe('Changes to “Campus <Chaplaincy>” were not accepted')
  expect(mail.html).not.toContain('<script>')
  expect(mail.html).toContain('&lt;script&gt;')
  expect(mail.text).toContain('Reason:')
  expect(mail.text).toContain('Bitte <script>alert(1)</script> entfernen.')
})

test('the confirmation request links to the one-click page and the edit page', async () => {
  const mail = await renderEmail('directory-confirmation-request', {
    name: 'Yusuf',
    organisationName: 'DITIB Sultan-Murad-Moschee',
    confirmUrl: 'http://localhost:3000/organisations/confirm/abcdefghijklmnopqrstuvwxyz234567',
    editUrl: 'http://localhost:3000/organisations/ditib/edit',
    days: 60,
    locale: 'de',
  })
  expect(mail.subject).toBe('Ist der Eintrag von „DITIB Sultan-Murad-Moschee“ noch aktuell?')
  expect(mail.text).toContain('http://localhost:3000/organisations/confirm/abcdefghijklmnopqrstuvwxyz234567')
  expect(mail.text).toContain('http://localhost:3000/organisations/ditib/edit')
  expect(mail.text).toContain('Der Bestätigungslink gilt 60 Tage.')
})
