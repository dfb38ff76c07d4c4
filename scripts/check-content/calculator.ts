/**
 * The calculator's own cross-file rules (a source id that exists, shares that
 * add up to 100, a row for every service and method), run through the same
 * function the build uses. It stops at the first problem, so this reports one
 * at a time; the line is found from the id the message names.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problems.ts';

export async function checkCalculator(root = process.cwd()): Promise<Problem[]> {
  if (!existsSync(join(root, 'src/calculator/content-fs.ts')) || !existsSync(join(root, 'src/calculator/data.ts'))) return [];
  const { readCalculatorContent } = await import('../../src/calculator/content-fs.ts');
  const { buildModelData } = await import('../../src/calculator/data.ts');
  let content;
  try {
    content = readCalculatorContent(root);
  } catch {
    // A file that breaks its schema is already reported, with its line, by the data-file check.
    return [];
  }
  try {
    buildModelData(content);
    return [];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /^(content\/calculator\/[\w.-]+): (.*)$/s.exec(message);
    const file = m?.[1] ?? 'content/calculator';
    const text = m && existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '';
    // Point at the row the message names, e.g. service "payroll" -> the line "- id: payroll".
    const id = /"([a-z0-9-]+)"/.exec(m?.[2] ?? '')?.[1];
    const index = id ? text.search(new RegExp(`^\\s*-?\\s*id:\\s*["']?${id}["']?\\s*$`, 'm')) : -1;
    const line = index < 0 ? 1 : text.slice(0, index).split('\n').length;
    return [{ file, line, field: 'calculator data', wrong: m?.[2] ?? message, fix: 'correct the value named; the comments at the top of the file explain each field', severity: 'error' }];
  }
}
