/**
 * The app speaks the app's language: messages that name a command-line flag name the page's field
 * under Options instead, and the page offers the lane layout template as a download.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/app/runAnalysis.js';
import { appPage } from '../../src/app/appPage.js';
import { inPageWords } from '../../src/messages/app.js';

const fixture = (path: string) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) });

describe('messages in the page', () => {
  it('an instrument export without a layout sheet: choose one under Options, the template link beside it', async () => {
    const outcome = await runAnalysis({ files: [fixture('tests/fixtures/vendors/imagelab/M1_bands.csv')], options: {} });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.messages[0]).toMatch(/ - choose a lane layout sheet in the "Lane layout sheet" field under Options \(the link beside it downloads a template to fill in\)$/);
    expect(outcome.messages[0]).not.toMatch(/--layout|blotbypass template/);
  });

  it('a layout sheet given as data: choose it in the layout field', async () => {
    const outcome = await runAnalysis({ files: [fixture('tests/fixtures/vendors/layout-8-lanes.csv')], options: {} });
    expect(!outcome.ok && outcome.messages[0]).toMatch(/this looks like a lane layout sheet .* - choose it in the "Lane layout sheet" field under Options, beside the instrument export/);
  });

  it('inPageWords rewrites the flags the page has fields for, and leaves other text alone', () => {
    expect(inPageWords('read this sheet; choose another with --sheet NAME')).toBe('read this sheet; choose another with the "Workbook sheet" field under Options');
    expect(inPageWords('use --decimal comma')).toBe('use the "Decimal mark" option (comma)');
    expect(inPageWords('signal is not a number: "12 k"')).toBe('signal is not a number: "12 k"');
  });

  it('the page links the lane layout template', () => {
    const page = appPage({ version: '0', pageScript: '', workerScript: '', reportScriptHashes: [], defaultRulesJson: '{}' });
    expect(page).toMatch(/<a href="#" id="layout-starter">Download the layout templates to fill in \(layout\.csv, bands-long\.csv; as blotbypass template writes them\)<\/a>/);
  });
});
