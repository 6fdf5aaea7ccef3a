// A classic script of its own, run by the console's page as soon as its `#root` is parsed and
// before the app's script: it draws the library screen the console's last start kept, so the
// window shows it at once rather than after the app's script has loaded, run and read its data.
import { paintKeptFirstScreen } from './app/kept-first-screen'

try {
  paintKeptFirstScreen(document)
} catch {
  // Whatever goes wrong, the window starts as it would with no screen kept.
}
