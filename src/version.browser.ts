/** The package's name and version in the browser app, set by scripts/buildApp.mjs from package.json. */
declare const BLOTBYPASS_NAME: string;
declare const BLOTBYPASS_VERSION: string;

export const TOOL_NAME: string = BLOTBYPASS_NAME;
export const TOOL_VERSION: string = BLOTBYPASS_VERSION;
