/** The app's drug-class field is --drug-class given once for each entry. */
import { expect, it } from 'vitest';
import { analyzeOptionsOf } from '../../src/app/appRequest.js';
import { UsageError } from '../../src/optionValues.js';
import { textInput } from '../helpers/inputs.js';

const request = (drugClasses: string) => ({ files: [textInput('bands.csv', 'line,status,treatment,target,signal\n')], options: { drugClasses } });

it('analyzeOptionsOf reads "NAME=CLASS" entries separated by commas, semicolons or new lines, and refuses a bad one', () => {
  expect(analyzeOptionsOf(request('TRKi-7=trk-first-generation; XR-88 = mek\nAZ-1=met')).drugClasses).toEqual({ 'TRKi-7': 'trk-first-generation', 'XR-88': 'mek', 'AZ-1': 'met' });
  expect(analyzeOptionsOf(request(' ')).drugClasses).toBeUndefined();
  expect(() => analyzeOptionsOf(request('XR-88'))).toThrow(UsageError);
});
