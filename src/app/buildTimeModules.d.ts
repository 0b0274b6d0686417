/** Modules that only exist in the browser app's build (scripts/buildApp.mjs makes them). */
declare module 'blotbypass:bundle-sources' {
  export const BUNDLE_SOURCES: { name: string; version: string; packed: string }[];
}
