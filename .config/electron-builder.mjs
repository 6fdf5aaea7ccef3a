// How `npm run dist` packages the app. Signing and notarisation switch on only when their
// credentials are in the environment, so an unsigned build works anywhere.
const env = process.env
const canSignMac = Boolean(env.CSC_LINK) || Boolean(env.CSC_NAME)
const canNotarize = Boolean(env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID)

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'org.facilitator.app',
  productName: 'Facilitator',
  copyright: 'Copyright © Facilitator contributors',
  directories: { output: 'dist', buildResources: 'out/icons' },
  // The built code and the files read at run time; runtime dependencies are added from
  // package.json's "dependencies" by the builder itself.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/**', 'package.json'],
  asarUnpack: [],
  // A local Electron distribution, for building where Electron cannot be downloaded.
  electronDist: env.FACILITATOR_ELECTRON_DIST || undefined,
  mac: {
    target: ['dmg'],
    category: 'public.app-category.education',
    icon: 'out/icons/icon.png',
    identity: canSignMac ? undefined : null,
    notarize: canNotarize,
    hardenedRuntime: true,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: { target: ['nsis'], icon: 'out/icons/icon.png' },
  nsis: {
    oneClick: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'out/icons/png',
    category: 'Education',
    synopsis: 'Run in-person workshops: project the exercise, run the clock, print the worksheets.',
    maintainer: 'Facilitator contributors',
  },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}' },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
}
