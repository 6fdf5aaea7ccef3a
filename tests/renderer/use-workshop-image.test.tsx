// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react'
import type { FacilitatorBridge } from '@common/api/contract'
import { directBridge } from '../support/direct-bridge'
import { startTestServices, type TestServices } from '../support/test-services'
import { SAMPLE_PNG, writePicture } from '../services/images/picture-samples'

let app: TestServices
let reads: string[]

beforeEach(async () => {
  app = await startTestServices()
  const bridge = directBridge(app)
  reads = []
  const counted: FacilitatorBridge = {
    ...bridge,
    readPicture: (arg) => {
      reads.push(arg.ref)
      return bridge.readPicture(arg)
    },
  }
  Object.defineProperty(window, 'facilitator', { value: counted, configurable: true })
  vi.resetModules()
})

afterEach(async () => {
  await app.cleanUp()
})

async function renderPictures(refs: (string | null)[]) {
  const { useWorkshopImage } = await import('../../renderer/src/lib/useWorkshopImage')
  function Picture({ pictureRef }: { pictureRef: string | null }) {
    const url = useWorkshopImage(pictureRef)
    return <span data-testid="picture">{url ?? 'none'}</span>
  }
  return render(
    <>
      {refs.map((ref, i) => (
        <Picture key={i} pictureRef={ref} />
      ))}
    </>,
  )
}

async function addPicture(): Promise<string> {
  app.os.nextOpenPath = await writePicture(app.outsideDir, 'blue.png', SAMPLE_PNG)
  const chosen = await app.services.handlers.choosePicture({})
  if (!chosen.ok) throw new Error(chosen.message)
  return chosen.value.ref
}

describe('useWorkshopImage', () => {
  it('gives a data: URL of the picture, read once for every component showing it', async () => {
    const ref = await addPicture()
    await renderPictures([ref, ref, null])
    const expected = `data:image/png;base64,${SAMPLE_PNG.toString('base64')}`
    await waitFor(() =>
      expect(screen.getAllByTestId('picture').map((p) => p.textContent)).toEqual([
        expected,
        expected,
        'none',
      ]),
    )
    expect(reads).toEqual([ref])
  })

  it('gives null for a picture this library does not hold, and asks again once it does', async () => {
    const missing = `${'0'.repeat(64)}.png`
    const first = await renderPictures([missing])
    await waitFor(() => expect(reads).toEqual([missing]))
    expect(screen.getByTestId('picture').textContent).toBe('none')
    first.unmount()
    const ref = await addPicture()
    await renderPictures([ref])
    await waitFor(() =>
      expect(screen.getByTestId('picture').textContent).toMatch(/^data:image\/png/),
    )
  })
})
