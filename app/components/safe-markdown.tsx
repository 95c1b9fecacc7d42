import type { ReactNode } from 'react'
import { parseMarkdown, type Inline } from '~/domain/rounds/markdown'

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text
      case 'br':
        return <br key={index} />
      case 'strong':
        return <strong key={index}>{renderInline(node.children)}</strong>
      case 'em':
        return <em key={index}>{renderInline(node.children)}</em>
      case 'link':
        return (
          <a key={index} href={node.href} rel="noopener noreferrer nofollow">
            {node.text}
          </a>
        )
    }
  })
}

/** Minutes and other authored text: the safe Markdown subset, rendered as React text (never as HTML). */
export function SafeMarkdown({ source }: { source: string }) {
  return (
    <div className="prose">
      {parseMarkdown(source).map((block, index) => {
        if (block.type === 'p') return <p key={index}>{renderInline(block.children)}</p>
        const items = block.items.map((item, i) => <li key={i}>{renderInline(item)}</li>)
        return block.type === 'ul' ? <ul key={index}>{items}</ul> : <ol key={index}>{items}</ol>
      })}
    </div>
  )
}
