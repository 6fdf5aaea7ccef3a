import { createHash } from 'node:crypto'
import { messageRef, type MessageRef } from '@common/i18n/message-ref'
import { describeSvgProblem } from './xml-check'

/** The kinds of picture a phase can show, as they end a picture's reference. */
export type PictureType = 'png' | 'jpg' | 'svg'

export const pictureMimeTypes: Record<PictureType, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  svg: 'image/svg+xml',
}

/**
 * The largest picture accepted, in bytes. A full-screen photo for a 1920×1080 projector is well
 * under 1 MB as JPEG; 8 MB leaves room for a phone photo straight off the camera, while an export
 * with a dozen pictures stays a file that can be mailed and read in one go.
 */
export const MAX_PICTURE_BYTES = 8 * 1024 * 1024

export type PictureCheck =
  { ok: true; type: PictureType; ref: string } | { ok: false; message: MessageRef }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte)
}

function megabytes(bytes: number): number {
  return bytes / (1024 * 1024)
}

/**
 * Tells what a picture is from its bytes, never its file name: PNG and JPEG by their signatures,
 * SVG by being well-formed XML whose root is `<svg>`. The reference is the SHA-256 of the bytes
 * with the type, so the same picture always gets the same name. A refusal is named, for the
 * caller to say in its reader's language.
 */
export function checkPicture(bytes: Uint8Array): PictureCheck {
  if (bytes.length === 0) return { ok: false, message: messageRef('errors.pictures.empty') }
  if (bytes.length > MAX_PICTURE_BYTES)
    return {
      ok: false,
      message: messageRef('errors.pictures.tooLarge', {
        size: megabytes(bytes.length),
        max: megabytes(MAX_PICTURE_BYTES),
      }),
    }
  const type = detectType(bytes)
  if (typeof type !== 'string') return { ok: false, message: type }
  const hash = createHash('sha256').update(bytes).digest('hex')
  return { ok: true, type, ref: `${hash}.${type}` }
}

function detectType(bytes: Uint8Array): PictureType | MessageRef {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg'
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return messageRef('errors.pictures.notPicture')
  }
  if (!/<svg[\s>]/.test(text) && !/<svg:svg[\s>]/.test(text))
    return messageRef('errors.pictures.notPicture')
  const problem = describeSvgProblem(text)
  if (problem !== null) return problem
  return 'svg'
}
