/**
 * Every user-facing sentence about instrument exports, lane layout sheets, `blotbypass formats` and
 * `blotbypass template`. Short, lower-case, with a hint that says what to do.
 */
const quote = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** At most `max` quoted names, then "and N more". */
function someNames(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).map(quote).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

export interface FormatText {
  software: string;
  exportName: string;
  /** Header columns that identify the export. */
  signature: string;
  /** Column(s) the signal is read from, in preference order. */
  signal: string;
  /** What to click in the software. */
  howToExport: string;
}

/** What each format is and how to get it, keyed by format name (see src/load/formats.ts). */
export const FORMAT_TEXT: Readonly<Record<string, FormatText>> = {
  long: {
    software: 'blotbypass', exportName: 'long layout (one row per band)',
    signature: 'line, status, treatment, target, signal', signal: 'signal (or a known signal column)',
    howToExport: 'write it by hand or from a script; blotbypass template writes an example',
  },
  wide: {
    software: 'blotbypass', exportName: 'wide layout (one row per lane)',
    signature: 'line, status, treatment, then one column per target', signal: 'one column per target',
    howToExport: 'write it by hand or from a spreadsheet',
  },
  'imagelab-bands': {
    software: 'Bio-Rad Image Lab', exportName: 'Lane and Bands table',
    signature: 'Lane, Band No., Adj. Volume (Int)', signal: 'Adj. Volume (Int), else Volume (Int)',
    howToExport: 'Analysis Table > Lane and Band > Export > Export Analysis Table to Spreadsheet, saved as CSV',
  },
  'imagelab-lanes': {
    software: 'Bio-Rad Image Lab', exportName: 'lane analysis table',
    signature: 'Lane No., Adj. Total Band Vol. (Int)', signal: 'Adj. Total Band Vol. (Int), else Adj. Vol. (Int), else Total Band Vol. (Int)',
    howToExport: 'Analysis Table > Lane (or Normalization) > Export Analysis Table, as text or CSV',
  },
  imagestudio: {
    software: 'LI-COR Image Studio', exportName: 'shapes / signal table',
    signature: 'Name, Channel, Signal, Total, Bkgnd.', signal: 'Signal',
    howToExport: 'Analysis > Shapes table > Export (or right-click > Copy) with the Name, Channel and Signal columns, saved as CSV or TXT',
  },
  empiria: {
    software: 'LI-COR Empiria Studio', exportName: 'analysis table',
    signature: 'Lane, Signal, Normalized Signal', signal: 'Signal',
    howToExport: 'Data table > Export, with the Lane, Channel and Signal columns, saved as CSV',
  },
  ibright: {
    software: 'Thermo Fisher iBright Analysis Software', exportName: 'band analysis table',
    signature: 'Lane, Local Background Corrected Volume', signal: 'Local Background Corrected Volume',
    howToExport: 'Analysis > Export > Export analysis results (CSV)',
  },
  'imagej-gel': {
    software: 'ImageJ / Fiji', exportName: 'Gel Analyzer results',
    signature: '(row number), Area, Percent', signal: 'Area (lane = row number, in the order the lanes were selected)',
    howToExport: 'Analyze > Gels > Label Peaks, then File > Save As in the Results window (.csv)',
  },
  'imagej-measure': {
    software: 'ImageJ / Fiji', exportName: 'Measure results',
    signature: '(row number), Label, Area, Mean, IntDen, RawIntDen', signal: 'IntDen, else RawIntDen (lane = row number)',
    howToExport: 'Analyze > Set Measurements (Integrated density, Display label), measure one box per lane in lane order, then File > Save As in the Results window (.csv)',
  },
  compass: {
    software: 'ProteinSimple Compass for Simple Western', exportName: 'peak table',
    signature: 'Sample, Primary, Cap, Peak, Name, Area', signal: 'Area (lane = capillary; ladder and Standard rows skipped)',
    howToExport: 'Analysis > Peaks table > right-click > Export (CSV), with the Sample, Primary, Cap, Name and Area columns',
  },
};

export const vendorMessages = {
  // Reading an export.
  noSignalColumn: () => 'no signal column in this export',
  noSignalColumnHint: (keys: readonly string[]) => `export the table with one of these columns: ${keys.join(', ')}`,
  noLaneColumn: () => 'no lane column in this export',
  noLaneColumnHint: (keys: readonly string[]) => `export the table with one of these columns: ${keys.join(', ')}`,
  exportHeaderOnlyHint: () => 'quantify the bands in the imaging software before exporting the table',
  emptyLaneHint: () => 'every row of the export needs its lane (or capillary) number',
  uncorrectedSignal: (column: string) => `signals read from ${quote(column)}, which is not background-corrected: subtract the background in the software before exporting if you can`,
  signalColumnUsed: (column: string, software: string, exportName: string) => `${software} ${exportName}: signals read from column ${quote(column)}`,
  skippedRows: (count: number, reason: 'ladder' | 'standard') => `${count} ${reason} row${count > 1 ? 's' : ''} left out`,

  // Choosing a reader.
  layoutNeeded: (software: string, exportName: string) =>
    `this is a ${software} ${exportName}: it has lanes and signals but not the design (line, status, treatment) of each lane`,
  layoutAsData: () => 'this looks like a lane layout sheet (lanes and their design, no signals), not densitometry data',
  layoutAsDataHint: () => 'pass it with --layout, beside the instrument export whose lanes it describes',
  layoutNeededHint: () => 'give a lane layout sheet with --layout layout.csv (blotbypass template writes one to fill in)',
  unknownFormat: (name: string) => `unknown format ${quote(name)}`,
  unknownFormatHint: (names: readonly string[]) => `use one of: ${names.join(', ')} (blotbypass formats describes them)`,
  forcedFormatNotFound: (software: string, exportName: string, signature: string) =>
    `no ${software} ${exportName} header in the first rows of this file (expected columns such as ${signature})`,
  forcedFormatNotFoundHint: () => 'check the file, or leave out --format to let blotbypass detect it',
  forcedTidyMismatch: (wanted: string, found: string) => `--format ${wanted} was given, but the file is in the ${found} layout`,
  forcedTidyMismatchHint: () => 'leave out --format, or give the file the layout you meant',
  optionsIgnored: (options: readonly string[]) => `${options.join(', ')} ignored: this file has its own design columns`,

  // Targets and channels.
  badTargetOption: (value: string) => `--target must be a name or FILE=NAME, got ${quote(value)}`,
  badChannelOption: (value: string) => `--channel must look like 800=pERK, got ${quote(value)}`,
  targetTwice: (first: string, second: string) => `--target is given twice for the same files: ${quote(first)} and ${quote(second)}`,
  targetOptionHint: () => 'e.g. --target pERK, or --target M1_pERK.csv=pERK for one file of several',
  noTarget: () => 'no target for the bands of this export: it does not name the antibody',
  noTargetHint: (channels: readonly string[]) => channels.length > 0
    ? `say which antibody each channel shows: ${channels.map((c) => `--channel ${c}=NAME`).join(' ')} (e.g. --channel ${channels[0]}=pERK)`
    : 'say which antibody the file shows with --target pERK (or --target FILE=pERK when files differ)',
  channelWithoutTarget: (channel: string) => `channel ${quote(channel)} has no target`,
  channelWithoutTargetHint: (channel: string) => `add --channel ${channel}=NAME, e.g. --channel ${channel}=pERK`,

  // Joining to the layout sheet.
  membraneNotInLayout: (names: readonly string[], layoutMembranes: readonly string[]) =>
    `no membrane of the layout sheet matches ${someNames(names)}; the layout names ${someNames(layoutMembranes)}`,
  membraneNotInLayoutHint: () => 'name each membrane in the layout so the export file (or image) name starts with it: membrane M1 matches M1.csv, M1_pERK.csv and M1-GAPDH.txt',
  imageNotInLayout: (image: string, bands: number) =>
    `image ${quote(image)} matches no membrane of the layout sheet; its ${bands} band${bands > 1 ? 's were' : ' was'} left out`,
  laneNotInLayout: (lane: string, membrane: string, bands: number) =>
    `lane ${quote(lane)} of membrane ${quote(membrane)} is not in the layout sheet; its ${bands} band${bands > 1 ? 's were' : ' was'} left out`,
  didYouMeanLane: (lane: string) => ` - did you mean lane ${quote(lane)} of the layout sheet?`,
  layoutLanesMissing: (lanes: readonly string[], membrane: string, layoutFile: string) =>
    `${lanes.length} lane${lanes.length > 1 ? 's' : ''} of membrane ${quote(membrane)} in the layout sheet ${layoutFile} ${lanes.length > 1 ? 'have' : 'has'} no band in this export: ${someNames(lanes)}`,
  noLaneMatched: (exportLanes: readonly string[], layoutLanes: readonly string[]) =>
    `no lane of this export is in the layout sheet: the export has lanes ${someNames(exportLanes, 6)}, the layout ${someNames(layoutLanes, 6)}`,
  noLaneMatchedHint: () => 'write the lanes in the layout as the software numbers them (1, 2, ... or capillary numbers); "Lane 3" and "03" match 3',
  duplicateBand: (label: string, membrane: string, lane: string, firstRow: number) =>
    `two bands of ${quote(label)} in lane ${quote(lane)} of membrane ${quote(membrane)} (first on row ${firstRow})`,
  duplicateBandHint: () => 'keep one band per target and lane: label the bands (Band Label, peak Name) or delete the extra band in the software, or give the files their own --target',

  // The lane layout sheet.
  layoutHasSignals: () => 'the layout sheet has a signal column: it looks like a densitometry table, not a lane layout',
  layoutHasSignalsHint: () => 'give the densitometry table as an input file, and as --layout a sheet of lane, line, status, treatment (blotbypass template writes one)',
  layoutDuplicateLane: (lane: string, membrane: string | null, firstRow: number) =>
    `lane ${quote(lane)}${membrane === null ? '' : ` of membrane ${quote(membrane)}`} is in the layout sheet twice (first on row ${firstRow})`,
  layoutDuplicateLaneHint: () => 'one row per lane; give each membrane its own name in the membrane column',

  // Files that are neither a tidy table nor an instrument export.
  summaryStatistics: (columns: readonly string[]) =>
    `the values are already summary statistics (${columns.join(', ')}), not band signals: blotbypass needs the raw signal of each band`,
  summaryStatisticsHint: () => 'export the per-lane band signals (before averaging) from the imaging software, one row per band or lane',
  normalisedValues: (columns: readonly string[]) =>
    `the values are already normalised ratios (${columns.join(', ')}), not band signals: blotbypass needs the raw signal of each target and its loading control`,
  normalisedValuesHint: () => 'give the band signals before normalisation (target and loading control per lane); blotbypass normalises them itself',
  statusNotStatus: (column: string, values: readonly string[], missing: readonly string[]) =>
    `column ${quote(column)} holds ${someNames(values, 4)}, not sensitive or resistant${missing.length > 0 ? `, and there is no ${missing.join(' or ')} column` : ''}`,
  statusNotStatusHint: () => 'blotbypass compares drug and vehicle lanes of a sensitive model and its resistant derivative: give line, status (sensitive/resistant) and treatment columns (blotbypass template writes an example)',

  // formats and template commands.
  formatsIntro: () => 'formats blotbypass reads, as CSV/TSV text or as an .xlsx workbook (detected from the header; force one with --format NAME; a workbook sheet with --sheet NAME):',
  templateWritten: (path: string) => `wrote ${path}`,
  templateNext: (layout: string, long: string) =>
    `next: fill in ${long} and run blotbypass analyze ${long}, or export from your imager and run blotbypass analyze EXPORT.csv --layout ${layout} --target pERK`,
  templateExists: (path: string) => `will not overwrite ${quote(path)}`,
  templateExistsHint: () => 'choose another directory with --out, or move the existing file',
} as const;
