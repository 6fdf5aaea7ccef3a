import type { Language } from './locales'
import type { CatalogueSource } from './message-id'
import en from './catalogues/en.json' with { type: 'json' }
import es from './catalogues/es.json' with { type: 'json' }
import fr from './catalogues/fr.json' with { type: 'json' }
import de from './catalogues/de.json' with { type: 'json' }

/**
 * Every catalogue as written. Only the main process, its services and the command line read this
 * module: the console and the phone pages ask for the one language they show (see
 * `compileMessages`), so no window carries all of them.
 */
export const catalogueSources: Readonly<Record<Language, CatalogueSource>> = { en, es, fr, de }
