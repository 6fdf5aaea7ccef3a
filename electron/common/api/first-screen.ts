/**
 * The id of the `<template>` in which the console's page carries the library screen its last
 * start kept, for the page's first script to draw before the app's own script has run.
 */
export const KEPT_FIRST_SCREEN_TEMPLATE_ID = 'kept-first-screen'
