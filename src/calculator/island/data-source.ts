/**
 * The model's data, sent to the browser once as JSON in the page
 * (`<script type="application/json" id="calc-data">`, written by
 * DataScript.astro) rather than as the island's props: Astro would write the
 * props into an attribute, escaped and wrapped value by value, at about twice
 * the size, and the island would still need a copy of its own.
 *
 * On the server the page hands the same object over with `provideModelData`
 * before the island renders; `import.meta.env.SSR` keeps that path out of the
 * browser's bundle.
 */
import type { ModelData } from '../model';

let onServer: ModelData | undefined;

export function provideModelData(data: ModelData): void {
  onServer = data;
}

export function modelData(): ModelData {
  if (import.meta.env.SSR) {
    if (!onServer) throw new Error('The calculator page must call provideModelData(data) before it renders the island');
    return onServer;
  }
  return JSON.parse(document.getElementById('calc-data')!.textContent!);
}
