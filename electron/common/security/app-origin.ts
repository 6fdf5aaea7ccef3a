/**
 * Where the app's windows load the built renderer from: a privileged scheme of the app's own
 * (standard, secure, with V8's code cache), so a repeat start reuses compiled code that a
 * `file:` page never keeps. Only the console's page and its built assets are served there.
 */
export const appScheme = 'app'
export const appHost = 'facilitator'
export const appPageUrl = `${appScheme}://${appHost}/index.html`
