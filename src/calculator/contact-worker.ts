/**
 * Works out the carried estimate (contact-figures.ts) off the contact page's
 * main thread. A worker is bundled on its own, so the model, the link parser
 * and the formatting are not a chunk the calculator page must share with
 * this page: split out, they cost the calculator page 0.7 KB of JavaScript.
 */
import type { ModelData } from './model';
import { carried } from './contact-figures';

self.onmessage = (e: MessageEvent<{ data: ModelData; search: string }>) => self.postMessage(carried(e.data.data, e.data.search));
