// A classic script of its own, run by the console's page as soon as its `#root` is parsed and
// before the app's script: it draws the last first screen the console kept, so the window shows
// the library at once rather than after the app's script has loaded, run and read its data.
import { paintLastFirstScreen } from './app/last-first-screen'

try {
  paintLastFirstScreen(document)
} catch {
  // Whatever goes wrong, the window starts as it would with no screen kept.
}
