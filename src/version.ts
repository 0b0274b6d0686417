/** The package's own name and version, read from package.json next to src/ and dist/. */
import { readFileSync } from 'node:fs';

interface PackageJson {
  name: string;
  version: string;
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;

export const TOOL_NAME: string = pkg.name;
export const TOOL_VERSION: string = pkg.version;
