// @vitest-environment jsdom
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { OpenedWorkshop } from '@common/api/contract'
import type { Workshop } from '@common/domain/workshop/schema'
import { directBridge } from '../support/direct-bridge'
import { startTestServices, type TestServices } from '../support/test-services'

let app: TestServices
let opened: OpenedWorkshop
let file: string

beforeEach(async () => {
  app = await startTestServices()
  Object.defineProperty(window, 'facilitator', { value: directBridge(app), configurable: true })
  vi.resetModules()
  const created = await app.services.handlers.createWorkshop({ title: 'Autosaved' })
  if (!created.ok) throw new Error(created.message)
  opened = created.value
  file = join(app.libraryDir, 'autosaved.workshop.json')
})

afterEach(async () => {
  await app.cleanUp()
})

async function renderAutosave() {
  const { useAutosave } = await import('../../renderer/src/features/editor/useAutosave')
  return renderHook(({ workshop }) => useAutosave(opened.ref, workshop, opened.revision), {
    initialProps: { workshop: opened.workshop },
  })
}

const onDisk = async (): Promise<Workshop> => JSON.parse(await readFile(file, 'utf8')) as Workshop

describe('useAutosave', () => {
  it('is saved, then waiting after a change, then saved with the change on disk', async () => {
    const { result, rerender } = await renderAutosave()
    expect(result.current.state).toEqual({ kind: 'saved' })
    rerender({ workshop: { ...opened.workshop, description: 'For new mentors' } })
    expect(result.current.state).toEqual({ kind: 'pending' })
    await waitFor(() => expect(result.current.state).toEqual({ kind: 'saved' }))
    expect((await onDisk()).description).toBe('For new mentors')
  })

  it('counts the problems of an invalid workshop and never saves it', async () => {
    const { result, rerender } = await renderAutosave()
    rerender({ workshop: { ...opened.workshop, title: '  ', exercises: [] } })
    expect(result.current.state).toEqual({ kind: 'invalid', count: 2 })
    await new Promise((resolve) => setTimeout(resolve, 900))
    expect((await onDisk()).title).toBe('Autosaved')
    expect(await act(() => result.current.flush())).toBe(false)
  })

  it('stops at a file changed elsewhere, keeps it, and overwrites it only when asked', async () => {
    const { result, rerender } = await renderAutosave()
    const theirs = { ...(await onDisk()), description: 'Changed by a colleague' }
    await writeFile(file, JSON.stringify(theirs, null, 2))
    rerender({ workshop: { ...opened.workshop, description: 'Mine' } })
    await waitFor(() => expect(result.current.state).toEqual({ kind: 'conflict' }))
    expect((await onDisk()).description).toBe('Changed by a colleague')

    act(() => result.current.overwrite())
    await waitFor(() => expect(result.current.state).toEqual({ kind: 'saved' }))
    expect((await onDisk()).description).toBe('Mine')
  })
})
