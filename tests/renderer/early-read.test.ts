import { EarlyRead } from '../../renderer/src/lib/early-read'

/** A read whose answers are numbered, and a change feed the test fires by hand. */
function counted() {
  let asked = 0
  let announce: () => void = () => undefined
  const read = new EarlyRead(
    () => Promise.resolve(++asked),
    (onChange) => {
      announce = onChange
      return () => {
        announce = () => undefined
      }
    },
  )
  return { read, asked: () => asked, announce: () => announce() }
}

describe('EarlyRead', () => {
  it('hands the first caller the answer asked for at start, without asking again', async () => {
    const { read, asked } = counted()
    void read.start()
    expect(await read.take()).toBe(1)
    expect(asked()).toBe(1)
  })

  it('reads afresh when a change was announced before anyone listened', async () => {
    // A window's screen may mount well after its first read: on a busy computer the console can
    // open a workshop in between, and that announcement reaches no listener of the screen.
    const { read, asked, announce } = counted()
    void read.start()
    announce()
    expect(await read.take()).toBe(2)
    expect(asked()).toBe(2)
  })

  it('stops watching once taken, and reads afresh for every later caller', async () => {
    const { read, announce } = counted()
    void read.start()
    expect(await read.take()).toBe(1)
    announce()
    expect(await read.take()).toBe(2)
    expect(await read.take()).toBe(3)
  })

  it('lets the first screen draw the early answer once it is here, until a change or a take', async () => {
    const { read, announce } = counted()
    expect(read.peek()).toBeUndefined()
    const arrived = read.start()
    expect(read.peek()).toBeUndefined()
    await arrived
    expect(read.peek()).toBe(1)
    // The screen that drew it still takes it as it starts listening: the same answer, not a new read.
    expect(await read.take()).toBe(1)
    expect(read.peek()).toBeUndefined()

    void read.start()
    await Promise.resolve()
    announce()
    // A change came after the answer: it is out of date, and drawn by nobody.
    expect(read.peek()).toBeUndefined()
  })

  it('starts once while its read is on the way', async () => {
    const { read, asked } = counted()
    void read.start()
    void read.start()
    expect(await read.take()).toBe(1)
    expect(asked()).toBe(1)
  })
})
