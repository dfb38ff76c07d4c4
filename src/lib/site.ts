import { getEntry, type CollectionEntry } from 'astro:content';
import { buildMode, refusal } from './confirm';

/**
 * Site settings from content/site/settings.yaml; throws with the file named
 * if it is missing. In a production build it also refuses, with the list of
 * details still to confirm (see confirm.ts): every page reads the settings for
 * its footer, so no page can be built around an unconfirmed detail.
 */
export async function getSettings(): Promise<CollectionEntry<'settings'>['data']> {
  const entry = await getEntry('settings', 'settings');
  if (!entry) throw new Error('content/site/settings.yaml is missing: the site cannot be built without its settings.');
  if (buildMode() === 'production') {
    const why = refusal(entry.data.details);
    if (why) throw new Error(why);
  }
  return entry.data;
}

/** Core narrative and key messages from content/site/messages.yaml. */
export async function getMessages(): Promise<CollectionEntry<'messages'>['data']> {
  const entry = await getEntry('messages', 'messages');
  if (!entry) throw new Error('content/site/messages.yaml is missing: the home page needs the key messages.');
  return entry.data;
}

export const SITE_NAME = 'oneSource';
