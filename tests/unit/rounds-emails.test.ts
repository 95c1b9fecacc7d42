import { expect, test } from 'vitest'
import PollInvitation from '../../emails/poll-invitation'
import PollReminder from '../../emails/poll-reminder'
import { renderEmail } from '~/domain/mail/templates.server'

test('the poll invitation carries the personal link in German and English, as HTML and plain text, with names escaped', async () => {
  const german = await renderEmail('poll-invitation', { ...PollInvitation.PreviewProps, roundTitle: '<b>Runder Tisch</b> #4' })
  expect(german.subject).toBe('Terminumfrage: <b>Runder Tisch</b> #4')
  expect(german.html).toContain('lang="de"')
  expect(german.html).not.toContain('<b>Runder Tisch</b>')
  expect(german.html).toContain('&lt;b&gt;Runder Tisch')
  expect(german.text).toContain('http://localhost:3000/polls/abcdefghijklmnopqrstuvwxyz234567')
  expect(german.text).toContain('Dieser Link ist persönlich')
  const english = await renderEmail('poll-invitation', { ...PollInvitation.PreviewProps, locale: 'en' })
  expect(english.subject).toBe('Date poll: Runder Tisch der Religionen #4')
  expect(english.text).toContain('Answers until Fr., 11. Dez. 2026, 12:00.')
})

test('the reminder says the answer is missing and that its link replaces the old one', async () => {
  const german = await renderEmail('poll-reminder', PollReminder.PreviewProps)
  expect(german.subject).toBe('Erinnerung – Terminumfrage: Runder Tisch der Religionen #4')
  expect(german.text).toContain('ersetzt den aus der Einladung')
  const english = await renderEmail('poll-reminder', { ...PollReminder.PreviewProps, locale: 'en' })
  expect(english.text).toContain('replaces the one in the invitation')
})

test('a round invitation lists the accepted agenda in order, in both languages and as plain text, with titles escaped', async () => {
  const { default: RsvpInvitation } = await import('../../emails/rsvp-invitation')
  const agenda = ['Besuch der Synagoge', '<i>Ramadan</i>-Kalender']
  const german = await renderEmail('rsvp-invitation', { ...RsvpInvitation.PreviewProps, agenda })
  expect(german.html).toContain('Tagesordnung')
  expect(german.html).not.toContain('<i>Ramadan</i>')
  expect(german.html).toContain('&lt;i&gt;Ramadan')
  expect(german.text).toMatch(/1\. Besuch der Synagoge[\s\S]*2\. <i>Ramadan<\/i>-Kalender/)
  const english = await renderEmail('rsvp-invitation', { ...RsvpInvitation.PreviewProps, agenda, locale: 'en' })
  expect(english.text).toContain('Agenda')
  const plain = await renderEmail('rsvp-invitation', { ...RsvpInvitation.PreviewProps, agenda: [], openTasks: [] })
  expect(plain.text).not.toContain('Tagesordnung')
  expect(plain.text).not.toContain('Offene Aufgaben')
})

test('the minutes notice links to the minutes page in German and English, with the round title escaped', async () => {
  const { default: MinutesPublished } = await import('../../emails/minutes-published')
  const german = await renderEmail('minutes-published', { ...MinutesPublished.PreviewProps, roundTitle: '<b>Runder Tisch</b> #4' })
  expect(german.subject).toBe('Protokoll: <b>Runder Tisch</b> #4')
  expect(german.html).not.toContain('<b>Runder Tisch</b>')
  expect(german.text).toContain('http://localhost:3000/networks/runder-tisch/rounds/abc/minutes')
  const english = await renderEmail('minutes-published', { ...MinutesPublished.PreviewProps, locale: 'en' })
  expect(english.subject).toBe('Minutes: Runder Tisch der Religionen #4')
  expect(english.text).toContain('visible to the network')
})

test('the call to sign a joint statement links to the statement in German and English, with the title escaped', async () => {
  const { default: StatementOpen } = await import('../../emails/statement-open')
  const german = await renderEmail('statement-open', { ...StatementOpen.PreviewProps, statementTitle: '<b>Gemeinsam</b>' })
  expect(german.subject).toBe('Bitte unterzeichnen: <b>Gemeinsam</b>')
  expect(german.html).not.toContain('<b>Gemeinsam</b>')
  expect(german.html).toContain('&lt;b&gt;Gemeinsam')
  expect(german.text).toContain('im Namen Ihrer Organisation unterzeichnen')
  expect(german.text).toContain('http://localhost:3000/networks/runder-tisch-der-religionen/rounds/statements/abc')
  const english = await renderEmail('statement-open', { ...StatementOpen.PreviewProps, locale: 'en' })
  expect(english.subject).toBe('Please sign: Gemeinsam gegen Hass: Erklärung der Religionsgemeinschaften')
  expect(english.text).toContain('on behalf of your organisation')
})

test('a round invitation lists the open tasks of earlier rounds (who, what, by when), in both languages, escaped', async () => {
  const { default: RsvpInvitation } = await import('../../emails/rsvp-invitation')
  const openTasks = [
    { what: 'Raum anfragen', who: 'Moscheegemeinde', dueOn: '2026-12-01' },
    { what: '<b>Flyer</b> drucken', who: 'Büro', dueOn: null },
  ]
  const german = await renderEmail('rsvp-invitation', { ...RsvpInvitation.PreviewProps, openTasks })
  expect(german.text).toMatch(/Offene Aufgaben aus früheren Runden[\s\S]*Raum anfragen \(Moscheegemeinde, bis 2026-12-01\)[\s\S]*<b>Flyer<\/b> drucken \(Büro\)/)
  expect(german.html).not.toContain('<b>Flyer</b>')
  const english = await renderEmail('rsvp-invitation', { ...RsvpInvitation.PreviewProps, openTasks, locale: 'en' })
  expect(english.text).toContain('Open tasks from earlier rounds')
})
