import { createHash } from 'node:crypto'
import { checkPicture, MAX_PICTURE_BYTES } from '../../../electron/services/images/picture-check'
import { describeSvgProblem } from '../../../electron/services/images/xml-check'
import { withEnglishMessage } from '../../support/in-english'
import { SAMPLE_JPEG, SAMPLE_PNG, SAMPLE_SVG, SCRIPTED_SVG } from './picture-samples'

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('checking a picture by its bytes', () => {
  it('tells PNG, JPEG and SVG apart by content, and names each by its hash and type', () => {
    expect(checkPicture(SAMPLE_PNG)).toEqual({
      ok: true,
      type: 'png',
      ref: `${sha(SAMPLE_PNG)}.png`,
    })
    expect(checkPicture(SAMPLE_JPEG)).toMatchObject({ ok: true, type: 'jpg' })
    expect(checkPicture(SAMPLE_SVG)).toMatchObject({ ok: true, type: 'svg' })
  })

  it('refuses what is not a picture, an empty file, and a file over the limit, saying why', () => {
    expect(
      withEnglishMessage(checkPicture(Buffer.from('Just some notes, not a picture.'))),
    ).toEqual({
      ok: false,
      message: 'This file is not a PNG, JPEG or SVG picture.',
    })
    expect(checkPicture(Buffer.from([0x00, 0xff, 0xfe]))).toMatchObject({ ok: false })
    expect(withEnglishMessage(checkPicture(Buffer.alloc(0)))).toEqual({
      ok: false,
      message: 'This picture file is empty.',
    })
    const huge = Buffer.concat([SAMPLE_PNG, Buffer.alloc(MAX_PICTURE_BYTES)])
    expect(withEnglishMessage(checkPicture(huge))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This picture is 8\.0 MB; a picture can be at most 8\.0 MB/),
    })
  })

  it('accepts an SVG only when it is well-formed XML with <svg> at its root', () => {
    expect(checkPicture(SCRIPTED_SVG)).toMatchObject({ ok: true, type: 'svg' })
    const bad = (text: string) => withEnglishMessage(checkPicture(Buffer.from(text)))
    expect(bad('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')).toEqual({
      ok: false,
      message: 'This SVG picture cannot be used: it closes </svg> where </rect> was open.',
    })
    expect(bad('<html><svg></svg></html>')).toMatchObject({
      message: 'This SVG picture cannot be used: its first element is <html>, not <svg>.',
    })
    expect(bad('<svg a="1" a="2"></svg>')).toMatchObject({ ok: false })
    expect(bad('<svg>Tom & Jerry</svg>')).toMatchObject({ ok: false })
    expect(bad('<svg><g>')).toMatchObject({
      message: 'This SVG picture cannot be used: it ends before </g> is closed.',
    })
  })

  it('reads the XML an SVG editor writes', () => {
    const inkscape = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with an editor -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="10" height="10">
  <svg:style><![CDATA[ rect { fill: red } ]]></svg:style>
  <svg:text>A &amp; B &#169; &#x2713;</svg:text>
  <?editor keep?>
</svg:svg>
<!-- end -->
`
    expect(describeSvgProblem(inkscape)).toBeNull()
  })

  it('refuses an SVG that declares entities (the billion-laughs kind)', () => {
    const laughs = '<!DOCTYPE svg [<!ENTITY lol "lol">]><svg>&lol;</svg>'
    expect(withEnglishMessage(checkPicture(Buffer.from(laughs)))).toEqual({
      ok: false,
      message:
        'This SVG picture cannot be used: it declares its own XML entities, which are not accepted.',
    })
  })
})
