import { Fragment } from 'react'

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi

/** Trailing punctuation belongs to the sentence, not to the link. */
function splitTrailing(url: string): [string, string] {
  const match = /[.,;:!?)\]]+$/.exec(url)
  return match ? [url.slice(0, match.index), match[0]] : [url, '']
}

/**
 * Plain text as the organiser typed it: line breaks kept, http(s) addresses made into links,
 * everything else rendered as text (React escapes it), so no HTML ever reaches the page.
 */
export function LinkifiedText({ text }: { text: string }) {
  const paragraphs = text.split(/\r?\n\s*\r?\n/)
  return (
    <>
      {paragraphs.map((paragraph, p) => (
        <p key={p}>
          {paragraph.split(/\r?\n/).map((line, l) => (
            <Fragment key={l}>
              {l > 0 ? <br /> : null}
              {linkify(line)}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  )
}

function linkify(line: string) {
  const parts: (string | JSX.Element)[] = []
  let last = 0
  for (const match of line.matchAll(URL_PATTERN)) {
    const [url, trailing] = splitTrailing(match[0])
    const index = match.index ?? 0
    parts.push(line.slice(last, index))
    parts.push(
      <a key={index} href={url} rel="noopener noreferrer nofollow">
        {url}
      </a>,
    )
    parts.push(trailing)
    last = index + match[0].length
  }
  parts.push(line.slice(last))
  return parts
}
