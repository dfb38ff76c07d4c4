/**
 * Details our sources do not give (the contact email, the offices, the reply
 * promise, the privacy notice's legal statements, the social accounts) must
 * be confirmed before they go live. Two kinds of build treat them differently:
 *
 * - production (ONESOURCE_BUILD=production, set by the publish workflow):
 *   refuses to build while any detail is unconfirmed, and names each one and
 *   who must confirm it;
 * - preview (the default: `npm run build`, `npm test`, CI, `astro dev`): shows
 *   each unconfirmed detail marked "to be confirmed" and leaves it out of
 *   structured data, so a reviewer sees what is still open.
 *
 * Plain TypeScript with no Astro imports, so Vitest can test the message.
 */
import type { Detail } from '../schemas/settings';

export type BuildMode = 'production' | 'preview';

/** The environment variable that selects the build. */
export const BUILD_MODE_VARIABLE = 'ONESOURCE_BUILD';

/** Which build this is. Anything other than "production" or "preview" stops the build, so a typing slip cannot publish a preview. */
export function buildMode(env: Record<string, string | undefined> = process.env): BuildMode {
  const v = env[BUILD_MODE_VARIABLE]?.trim();
  if (!v || v === 'preview') return 'preview';
  if (v === 'production') return 'production';
  throw new Error(`${BUILD_MODE_VARIABLE} is "${v}": set it to production for the published site, or leave it out (or set preview) for a preview build.`);
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Why a production build refuses, in the comms team's words, or undefined
 * when every detail is confirmed.
 */
export function refusal(details: readonly Detail[]): string | undefined {
  const open = details.filter((d) => !d.confirmed);
  if (!open.length) return undefined;
  const n = open.length;
  return [
    `This is a production build, and it has stopped: the site would show ${n === 1 ? '1 detail' : `${n} details`} that nobody has confirmed yet.`,
    '',
    ...open.map((d, i) => `${i + 1}. ${d.what[0]!.toUpperCase()}${d.what.slice(1)}, "${short(d.value)}" (${d.field}). It must be confirmed by ${d.who}.`),
    '',
    `${n === 1 ? 'It is' : 'Each is'} in content/site/settings.yaml. Once the person named has checked ${n === 1 ? 'it' : 'a detail'}, correct it if needed and change its "confirmed: false" to "confirmed: true", then publish again.`,
    `A preview build (without ${BUILD_MODE_VARIABLE}=production) shows ${n === 1 ? 'it' : 'each one'} marked "to be confirmed".`,
  ].join('\n');
}

/** The detail at a field ("contact.email", "social[0]"); throws when there is none, so a mistyped name fails the build. */
export function detailAt(details: readonly Detail[], field: string): Detail {
  const d = details.find((x) => x.field === field);
  if (!d) throw new Error(`There is no detail called "${field}" in content/site/settings.yaml; use one of: ${details.map((x) => x.field).join(', ')}.`);
  return d;
}

/**
 * The text to show for a detail where markup cannot go (a print header, an
 * attribute): the value, with "(to be confirmed)" after it until it is.
 */
export function detailText(d: Detail): string {
  return d.confirmed ? d.value : `${d.value} (to be confirmed)`;
}
