/**
 * One part of the calculator, drawn as a Preact root of its own inside the
 * island (Calculator.tsx).
 *
 * Why: hydrating the whole island at once (about 900 elements) was one task
 * of 150 to 250 ms on a 4x-slowed CPU, and a key pressed meanwhile waited for
 * all of it. Each part hydrates in a task of its own, queued straight after
 * the island's, so the browser can paint and take a key press between them.
 * The server's markup is already the default estimate, so a part that has
 * not hydrated yet shows what it will show once it has.
 *
 * After a change, a part marked `now` (the headline, the summary bar) is
 * drawn in the same task as the change; the others after the next frame, a
 * task each, so a key press paints the new headline without waiting for the
 * tables below it, and no single task holds up the next key.
 *
 * A part redraws only when its `children` function changes, so the island
 * builds each one with useMemo on what it reads: a change of state that a
 * part does not read does not redraw it (a plain visit is drawn once).
 *
 * A part whose figures changed before it hydrated (a shared link, or a
 * figure typed in the first moments) is hydrated with what the server drew,
 * then rendered with the new figures: `hydrate()` alone trusts the server's
 * attributes, so a stale data-value would survive.
 *
 * A part with `load` (the tables and chart below the headline) waits: its
 * code is loaded, and it is hydrated and drawn, the first time its figures
 * change. Preact's render() over markup it did not draw would keep what the
 * new figures leave out (a table for a route no longer chosen), so such a
 * part is hydrated first like the others.
 *
 * On the server the part is its children in a `display: contents` wrapper.
 */
import { hydrate, render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const queue: (() => void)[] = [];
let waiting = false;
/** Runs the queued jobs one task each, in order; a job that fails does not stop the ones after it. */
function next() {
  const job = queue.shift();
  if (!job) return void (waiting = false);
  try {
    job();
  } finally {
    setTimeout(next);
  }
}
/**
 * Queues `job` for a task of its own. The first job of a batch waits for the
 * next frame, so what the change drew at once paints first; a tab in the
 * background has no frames, so at most 100 ms.
 */
function soon(job: () => void) {
  queue.push(job);
  if (waiting) return;
  waiting = true;
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    setTimeout(next);
  };
  requestAnimationFrame(go);
  setTimeout(go, 100);
}

/**
 * Runs `job` once the parts have drawn what the latest change asked of them.
 * It waits a task, so a change of state made just before the call has been
 * rendered and its parts queued ahead of it.
 */
export function afterParts(job: () => void) {
  // A part still loading its code queues its drawing when the code arrives, ahead of this job.
  setTimeout(() => void Promise.all(loads).then(() => (waiting ? soon(job) : job())));
}
/** The parts' code being loaded (see `load`). */
const loads = new Set<Promise<unknown>>();

/** `make`, called at most once, and only when first asked: the estimate is worked out in the first part that needs it. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

interface Props {
  /** What the part shows, as a function: it is only called when the part is drawn, in the part's own task. */
  children: () => ComponentChildren;
  /** Drawn in the same task as the change, once hydrated. */
  now?: boolean;
  /**
   * Loads the code `children` needs. A part with `load` has nothing to
   * click or type in, so what the server drew stands until `children`
   * changes; then, once the code is loaded, it is hydrated and drawn.
   */
  load?: () => Promise<unknown>;
}

export function Part({ children, now = false, load }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const first = useRef(children);
  const latest = useRef(children);
  const shown = useRef<(() => ComponentChildren) | undefined>(undefined);
  const pending = useRef(false);
  latest.current = children;

  /** Brings the part up to date with its latest `children`, in as few steps as it can. */
  const draw = () => {
    pending.current = false;
    const node = el.current;
    if (!node || shown.current === latest.current) return;
    // A part that appears after a change has no server markup and is simply rendered.
    if (shown.current === undefined && node.firstChild) {
      hydrate(first.current(), node);
      shown.current = first.current;
      if (latest.current === first.current) return;
    }
    render(latest.current(), node);
    shown.current = latest.current;
  };

  useLayoutEffect(() => {
    if (load) {
      if (children === first.current && shown.current === undefined) return;
      if (!pending.current) {
        pending.current = true;
        const loaded = load().then(() => soon(draw), () => (pending.current = false));
        loads.add(loaded);
        void loaded.finally(() => loads.delete(loaded));
      }
      return;
    }
    // Hydration always waits its turn in the queue; a change to a `now` part that has hydrated does not.
    if (now && shown.current !== undefined) return draw();
    if (!pending.current) {
      pending.current = true;
      soon(draw);
    }
  }, [children]);

  // Let the part's own effects clean up when the island stops showing it.
  useLayoutEffect(() => {
    const node = el.current!;
    return () => {
      el.current = null;
      render(null, node);
    };
  }, []);

  if (typeof document === 'undefined') return <div class="calc-part">{children()}</div>;
  // Preact leaves what is inside this div to the part's own root.
  return <div class="calc-part" ref={el} dangerouslySetInnerHTML={{ __html: '' }} />;
}
