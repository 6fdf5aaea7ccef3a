// @vitest-environment jsdom
import { keyFocusOf } from '../../renderer/src/features/run/key-focus'

function element(html: string): Element {
  const holder = document.createElement('div')
  holder.innerHTML = html
  const first = holder.firstElementChild
  if (first === null) throw new Error('no element')
  return first
}

describe('where a key press lands', () => {
  it('is a control for what Space and Enter press', () => {
    for (const html of [
      '<button>Next phase</button>',
      '<input type="checkbox">',
      '<input type="radio">',
      '<input type="submit">',
      '<a href="#x">link</a>',
      '<summary>More</summary>',
      '<div role="button">x</div>',
    ])
      expect(keyFocusOf(element(html))).toBe('control')
  })

  it('is a text field while typing', () => {
    for (const html of [
      '<input>',
      '<input type="time">',
      '<textarea></textarea>',
      '<select></select>',
    ])
      expect(keyFocusOf(element(html))).toBe('textField')
  })

  it('is nowhere in particular on the page itself', () => {
    expect(keyFocusOf(document.body)).toBe('none')
    expect(keyFocusOf(element('<p>text</p>'))).toBe('none')
    expect(keyFocusOf(null)).toBe('none')
  })
})
