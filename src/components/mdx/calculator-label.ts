/**
 * The default words of a CalculatorLink, built from the titles of what it is
 * preset for, so a writer can leave the link text out. Pure, for unit tests.
 */

import { midSentence } from '../../lib/format';

// One rule for titles mid-sentence across the site (src/lib/format.ts), re-exported for older imports.
export { midSentence };

export function calculatorLabel(preset: { services?: string[]; all?: boolean; sectorTitle?: string; methodShortName?: string }): string {
  const parts = [preset.sectorTitle ? 'Estimate the savings' : 'Estimate your savings'];
  if (preset.all) parts.push('from sharing all our services');
  else if (preset.services?.length === 1) parts.push(`from sharing ${midSentence(preset.services[0]!)}`);
  else if (preset.services && preset.services.length > 1) parts.push(`from sharing these ${preset.services.length} services`);
  if (preset.sectorTitle) parts.push(`for ${midSentence(preset.sectorTitle)}`);
  let text = parts.join(' ');
  if (preset.methodShortName) text += `, joining as a ${midSentence(preset.methodShortName)}`;
  return text;
}
