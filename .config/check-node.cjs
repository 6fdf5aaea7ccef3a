// Stops `npm start`, `npm run dev` and `npm test` at once, with one line, on a Node.js that is too
// old, instead of failing later deep inside a dependency. Plain old JavaScript on purpose: it
// must run on the old Node it is checking.
var parts = process.versions.node.split('.').map(Number)
var ok = parts[0] > 22 || (parts[0] === 22 && parts[1] >= 12)
if (!ok) {
  console.error(
    'Facilitator needs Node.js 22.12 or newer (24 recommended); this is Node ' +
      process.versions.node +
      '. Install it from nodejs.org, or run `nvm install` (or fnm, Volta, asdf) in this folder.',
  )
  process.exit(1)
}
