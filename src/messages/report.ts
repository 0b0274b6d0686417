/** Every user-facing sentence of the report stage. */
export const reportMessages = {
  outputIsInput: (path: string) => `refusing to write ${path}: it is one of the input files`,
  outputIsInputHint: () => 'choose another --out directory; blotbypass never overwrites an input',
} as const;
