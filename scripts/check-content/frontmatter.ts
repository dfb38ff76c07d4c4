/**
 * Frontmatter and data files: YAML that can be read, fields the schema knows,
 * and values the schema accepts. Zod's own words are turned into
 * "what is wrong" and "how to fix it", with the numbers a writer needs
 * ("212 characters ... shorten it by 52").
 */
import { z } from 'astro/zod';
import type { YAMLError } from 'yaml';
import { fieldName, lineOf, type YamlSource } from './files.ts';
import { closest, oneOf, withArticle, type Problem } from './problems.ts';
import { splitMessage } from '../../src/components/mdx/catalogue.ts';

type Issue = z.core.$ZodIssue;

/** An example value for fields writers most often leave out, used in "add it" advice. */
const EXAMPLES: Record<string, string> = {
  title: 'title: "oneSource shortlisted for the MJ Awards"',
  summary: 'summary: "One or two sentences, 50 to 160 characters, shown in search results."',
  date: 'date: 2026-06-30',
  start: 'start: 2026-07-08',
  location: 'location: "Manchester"',
  organiser: 'organiser: "CIPFA"',
  kind: 'kind: media-release',
  family: 'family: finance',
  levels: 'levels: [transactional, operational]',
  methods: 'methods: [full-partner, junior-partner]',
  services: 'services: [payroll, hr]',
  covers: 'covers:\n  - "First thing the service covers"\n  - "Second thing"',
  isCouncil: 'isCouncil: true',
  group: 'group: councils',
  label: 'label: "District council"',
  alt: 'alt: "What the picture shows"',
};

const GENERIC = /^(Invalid|Too (big|small)|Expected|Required)/;

/** Zod's message when a schema gives none of its own is replaced by ours; a schema's own words are kept. */
const own = (issue: Issue) => (GENERIC.test(issue.message) ? undefined : issue.message);

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

const describe = (v: unknown) =>
  v === null ? 'empty' : Array.isArray(v) ? 'a list' : v instanceof Date ? 'a date' : typeof v === 'string' ? `"${v.length > 40 ? `${v.slice(0, 40)}...` : v}"` : String(v);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Turns one zod issue into what is wrong and how to fix it. */
export function explainIssue(issue: Issue, data: unknown): { field: string; wrong: string; fix: string } {
  const field = fieldName(issue.path) || '(the whole file)';
  const value = valueAt(data, issue.path);
  const last = String(issue.path.at(-1) ?? '');
  const [ownWrong, ownFix] = own(issue) ? splitMessage(own(issue)!) : [undefined, undefined];

  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      if (typeof value === 'string') {
        const n = value.length;
        if (issue.code === 'too_big') {
          return { field, wrong: `is ${plural(n, 'character')}; ${ownWrong ?? `the limit is ${limit}`}`, fix: `shorten it by ${plural(n - limit, 'character')}` };
        }
        return { field, wrong: `is ${plural(n, 'character')}; ${ownWrong ?? `it needs at least ${limit}`}`, fix: n === 0 ? `write at least ${limit} characters` : `add at least ${plural(limit - n, 'more character')}` };
      }
      if (Array.isArray(value)) {
        if (issue.code === 'too_big') return { field, wrong: `lists ${value.length} items; ${ownWrong ?? `at most ${limit} are allowed`}`, fix: ownFix ?? `remove ${value.length - limit}` };
        return { field, wrong: `lists ${value.length} items; ${ownWrong ?? `it needs at least ${limit}`}`, fix: ownFix ?? `add ${limit - value.length} more` };
      }
      const bound = issue.code === 'too_big' ? `the highest allowed is ${limit}` : `the lowest allowed is ${limit}`;
      return { field, wrong: `is ${describe(value)}; ${ownWrong ?? bound}`, fix: ownFix ?? `use a number ${issue.code === 'too_big' ? `up to ${limit}` : `of ${limit} or more`}` };
    }
    case 'invalid_value': {
      const choices = issue.values.map(String);
      return { field, wrong: value === undefined ? 'is missing' : `${describe(value)} is not one of the choices`, fix: oneOf(choices, typeof value === 'string' ? value : undefined) };
    }
    case 'invalid_type': {
      if (value === undefined || value === null) {
        const example = EXAMPLES[last];
        return {
          field,
          wrong: value === null ? 'is empty' : 'is missing',
          fix: ownWrong && ownFix ? ownFix : ownWrong ?? (example ? `add it, for example: ${example}` : `add a ${last} line (see content/README.md)`),
        };
      }
      if (issue.expected === 'array') {
        return { field, wrong: `should be a list but is ${describe(value)}`, fix: `write it as a list, for example ${last}: [${typeof value === 'string' ? value : 'first, second'}]` };
      }
      if (issue.expected === 'string') {
        return { field, wrong: `should be text but is ${describe(value)}`, fix: `put the value in double quotes, for example ${last}: "${String(value)}"` };
      }
      if (issue.expected === 'boolean') return { field, wrong: `should be true or false but is ${describe(value)}`, fix: 'write true or false, without quotes' };
      if (issue.expected === 'number') return { field, wrong: `should be a number but is ${describe(value)}`, fix: 'write the number without quotes, units or commas' };
      if (issue.expected === 'date') return { field, wrong: `${describe(value)} is not a date`, fix: ownFix ?? ownWrong ?? 'write the date as YYYY-MM-DD' };
      return { field, wrong: ownWrong ?? `should be ${issue.expected} but is ${describe(value)}`, fix: ownFix ?? 'see content/README.md for what this field takes' };
    }
    case 'invalid_format':
      return { field, wrong: `${describe(value)} is not written the right way`, fix: ownWrong && ownFix ? `${ownWrong}: ${ownFix}` : ownWrong ?? `write it as a ${issue.format}` };
    default:
      return { field, wrong: ownWrong ?? issue.message, fix: ownFix ?? 'see content/README.md for what this field takes' };
  }
}

/** The fields a schema knows, at the top level and inside nested objects. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let s: z.ZodType = schema;
  // Unwrap optional(), default() and friends to reach an object's shape.
  for (let i = 0; i < 5 && s && !(s instanceof z.ZodObject); i++) {
    const inner = (s as unknown as { _zod: { def: { innerType?: z.ZodType; in?: z.ZodType } } })._zod.def;
    s = (inner.innerType ?? inner.in) as z.ZodType;
  }
  return s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>) : undefined;
}

/** Fields the schema does not know: the site silently ignores them, so they are almost always typos. */
export function unknownFields(schema: z.ZodType, data: unknown, noun: string, path: (string | number)[] = []): { path: (string | number)[]; wrong: string; fix: string }[] {
  const shape = shapeOf(schema);
  if (!shape || !data || typeof data !== 'object' || Array.isArray(data)) return [];
  const out: { path: (string | number)[]; wrong: string; fix: string }[] = [];
  for (const [key, value] of Object.entries(data)) {
    const field = shape[key];
    if (!field) {
      const near = closest(key, Object.keys(shape));
      out.push({
        path: [...path, key],
        wrong: `is not a field of ${withArticle(noun)}, so the site would ignore it`,
        fix: near ? `did you mean "${near}"? Rename it` : `remove it, or use one of: ${Object.keys(shape).join(', ')}`,
      });
    } else {
      out.push(...unknownFields(field, value, noun, [...path, key]));
    }
  }
  return out;
}

/** What a YAML syntax error means for someone who has never heard of YAML. */
export function explainYamlError(err: YAMLError): { wrong: string; fix: string } {
  switch (err.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { wrong: 'this line has a second colon (:), which YAML reads as a new field', fix: 'put the whole value in double quotes, for example title: "oneSource: the first year"' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return { wrong: 'the spaces at the start of this line do not line up', fix: 'indent list items ("- ") and nested fields by exactly 2 spaces, the same on every line' };
    case 'DUPLICATE_KEY':
      return { wrong: 'this field appears twice', fix: 'keep one of them and delete the other' };
    case 'TAB_AS_INDENT':
      return { wrong: 'this line is indented with a tab', fix: 'use spaces, not tabs' };
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START':
      return { wrong: 'this value starts with a character YAML treats specially (such as @, `, %, * or &)', fix: 'put the value in double quotes' };
    case 'MISSING_CLOSING_QUOTE' as YAMLError['code']:
      return { wrong: 'a quotation mark is opened but never closed', fix: 'add the closing " at the end of the value' };
    default:
      return { wrong: `the frontmatter could not be read: ${err.message.split('\n')[0]}`, fix: 'check quotes, colons and indentation on this line' };
  }
}

/** Checks one YAML document (frontmatter or data file) against its schema. */
export function checkYaml(src: YamlSource, schema: z.ZodType, noun: string, shape: 'single' | 'list' = 'single'): { problems: Problem[]; data: unknown } {
  const problems: Problem[] = [];
  const add = (line: number, field: string, wrong: string, fix: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: src.file, line, field, wrong, fix, severity });

  if (src.doc.errors.length) {
    for (const err of src.doc.errors) {
      const { wrong, fix } = explainYamlError(err);
      add(src.firstLine - 1 + (err.linePos?.[0]?.line ?? 1), 'frontmatter', wrong, fix);
    }
    return { problems, data: undefined };
  }
  const data = src.doc.toJS() ?? {};
  const items: { data: unknown; path: (string | number)[] }[] =
    shape === 'list' ? (Array.isArray(data) ? data.map((d, i) => ({ data: d, path: [i] })) : []) : [{ data, path: [] }];
  if (shape === 'list' && !Array.isArray(data)) {
    add(1, '(the whole file)', `should be a list of ${noun}s, each starting with "- id:"`, 'see content/README.md for the layout of this file');
    return { problems, data: undefined };
  }
  const parsed: unknown[] = [];
  for (const item of items) {
    const result = schema.safeParse(item.data);
    if (result.success) parsed.push(result.data);
    else {
      for (const issue of result.error.issues) {
        const { field, wrong, fix } = explainIssue(issue, item.data);
        const path = [...item.path, ...(issue.path as (string | number)[])];
        add(lineOf(src, path), shape === 'list' ? fieldName(path) : field, wrong, fix);
      }
    }
    for (const u of unknownFields(schema, item.data, noun)) {
      const path = [...item.path, ...u.path];
      add(lineOf(src, path), fieldName(path), u.wrong, u.fix);
    }
  }
  if (shape === 'list') {
    const seen = new Map<string, number>();
    (data as { id?: unknown }[]).forEach((d, i) => {
      const id = typeof d?.id === 'string' ? d.id : undefined;
      if (id === undefined) return;
      if (seen.has(id)) add(lineOf(src, [i, 'id']), `[${i}].id`, `"${id}" is used twice (also item ${seen.get(id)! + 1})`, 'give each item its own id');
      seen.set(id, i);
    });
  }
  return { problems, data: shape === 'list' ? parsed : parsed[0] };
}
