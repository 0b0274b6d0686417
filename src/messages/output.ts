/** Every user-facing sentence of writing an output folder (report/writeOutputs.ts). */
export const outputMessages = {
  outputIsInput: (path: string) => `refusing to write ${path}: it is one of the input files`,
  outputIsInputHint: () => 'choose another --out directory; blotbypass never overwrites an input',
  outputInTheWay: (path: string) => `cannot write ${path}: a folder of that name is in the way`,
  outputInTheWayHint: () => 'rename or remove that folder, or choose another --out directory',
  cannotWrite: (reason: string) => `cannot write the outputs: ${reason}`,
  cannotWriteHint: () => 'choose another --out folder; nothing was written and earlier outputs are unchanged',
  notAFolder: () => 'it is a file, not a folder',
  nameTooLong: () => 'a file or folder name in the path is longer than the file system allows',
  permissionDenied: () => 'permission denied',
  readOnly: () => 'the disk is read-only',
  diskFull: () => 'no space left on the disk',
};
