import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { expect, test } from 'vitest'
import { SafeMarkdown } from '~/components/safe-markdown'
import { parseMarkdown } from '~/domain/rounds/markdown'

const html = (source: string) => renderToStaticMarkup(createElement(SafeMarkdown, { source }))

test('paragraphs, line breaks, bold, italic and both kinds of lists become their elements', () => {
  const out = html('Begrüßung durch **Frau Yilmaz**\nund *kurze* Vorstellung.\n\n- Friedensgebet\n- Schulbesuche\n\n1. Termin\n2. Ort')
  expect(out).toBe(
    '<div class="prose"><p>Begrüßung durch <strong>Frau Yilmaz</strong><br/>und <em>kurze</em> Vorstellung.</p>' +
      '<ul><li>Friedensgebet</li><li>Schulbesuche</li></ul><ol><li>Termin</li><li>Ort</li></ol></div>',
  )
})

test('http and https links become links; bare URLs too, without trailing punctuation', () => {
  expect(html('Siehe [Protokoll](https://example.org/a?b=1&c=2).')).toBe(
    '<div class="prose"><p>Siehe <a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">Protokoll</a>.</p></div>',
  )
  expect(html('Mehr unter http://example.org/x.')).toContain('<a href="http://example.org/x" rel="noopener noreferrer nofollow">http://example.org/x</a>.')
})

test('raw HTML, scripts and javascript: links are shown as text, never as markup', () => {
  const out = html('<script>alert(1)</script> <img src=x onerror=alert(1)> [klick](javascript:alert(1)) <b>fett</b>')
  expect(out).not.toContain('<script')
  expect(out).not.toContain('<img')
  expect(out).not.toContain('<b>')
  expect(out).not.toContain('href="javascript')
  expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  expect(out).toContain('[klick](javascript:alert(1))')
})

test('headings stay plain text, an image becomes at most a plain link, and empty input gives no blocks', () => {
  expect(parseMarkdown('# Titel\n![bild](https://x.org/a.png)')).toEqual([
    { type: 'p', children: [{ type: 'text', text: '# Titel' }, { type: 'br' }, { type: 'text', text: '!' }, { type: 'link', href: 'https://x.org/a.png', text: 'bild' }] },
  ])
  expect(parseMarkdown('  \n\n ')).toEqual([])
})
