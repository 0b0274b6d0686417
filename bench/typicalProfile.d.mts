/** Types of typicalProfile.mjs, for tests/benchProfile.test.ts. */
export function bundleMarkers(text: string): [number, string][];
export function ownerAtLine(markers: [number, string][], lineNumber: number): string;
export function ownerOfModule(path: string): string;
export function typicalProfile(file: string, extra?: string[], runs?: number): { args: string[]; runs: number; threads: number; wallMs: number; cpuMs: number; rows: { owner: string; ms: number }[] };
