import { resolve } from 'node:path'
import { defineConfig } from '@playwright/test'

// Takes the room screenshots (tests/e2e/room-screenshots.shots.ts) for a person to look at; kept
// apart from the tests, since nothing in it is checked against a reference.
export default defineConfig({
  testDir: resolve(import.meta.dirname, '../tests'),
  testMatch: ['e2e/room-screenshots.shots.ts'],
  outputDir: resolve(import.meta.dirname, '../test-results/room-shots-run'),
  workers: 1,
  timeout: 600_000,
  reporter: [['list']],
  use: { trace: 'off' },
})
