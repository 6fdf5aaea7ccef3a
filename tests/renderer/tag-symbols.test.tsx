// @vitest-environment jsdom
import { render } from '@testing-library/react'
import { TagSymbol } from '../../renderer/src/features/notes/TagSymbol'
import { tagChoices } from '../../renderer/src/features/notes/note-tags'

describe('the note tags’ symbols', () => {
  it('are drawn as SVG, with no character left to the system’s fonts', () => {
    for (const { tag } of tagChoices) {
      const { container, unmount } = render(<TagSymbol tag={tag} />)
      const svg = container.querySelector('svg')
      expect(svg?.getAttribute('aria-hidden')).toBe('true')
      expect(svg?.querySelector('path')?.getAttribute('d')).toMatch(/^M/)
      expect(container.textContent).toBe('')
      unmount()
    }
    expect(JSON.stringify(tagChoices)).not.toMatch(/[^\x20-\x7e]/)
  })
})
