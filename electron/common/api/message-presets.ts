import { z } from 'zod'

/** The message presets as kept in the settings: up to 30 short, non-empty lines. */
export const messagePresetsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, { error: 'expected a message, got an empty line' })
      .max(280, { error: 'expected a message of at most 280 characters' }),
  )
  .max(30, { error: 'expected at most 30 messages' })

/** The presets a new installation starts with: what facilitators say to a room most often. */
export const defaultMessagePresets: readonly string[] = [
  '5 minutes left',
  '2 minutes left',
  'Please come back to your seats',
  'Swap roles now',
  'Please finish your last thought',
]
