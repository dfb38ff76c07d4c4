/**
 * One part of the calculator, drawn as a Preact root of its own inside the
 * island.
 *
 * Why: hydrating the whole island at once (about 900 elements) was a single
 * task of 150 to 250 ms on a slow laptop, and Lighthouse counted most of it
 * as blocking time; a key pressed meanwhile waited for all of it. Each part
 * now hydrates in a task of its own, queued straight after the island's: not
 * at idle time and not when scrolled to. Between those tasks the browser can
 * paint and take a key press. The server's markup is already the default
 * estimate, so a part that has not hydrated yet shows exactly what it will
 * show once it has.
 *
 * After a change, a part marked `now` (the form, the headline) is drawn in
 * the same task; the others follow, one task each, so a key press paints
 * the new headline without waiting for the tables below it.
 *
 * A part whose figures changed before it hydrated (a shared link, or typing
 * in the first moments) is hydrated with what the server drew and then
 * rendered with the new figures. `hydrate()` alone would trust the server's
 * attributes, and a stale data-value would survive.
 *
 * On the server the part is its children in a `display: contents` wrapper,
 * which leaves the layout as it would be without it.
 */
import { hydrate, render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const queue: (() => void)[] = [];
let waiting = false;
/** Asks for a task to run the next job in, unless one is already asked for. */
function wake() {
  if (waiting || !queue.length) return;
  waiting = true;
  setTimeout(next, 0);
}
function next() {
  waiting = false;
  queue.shift()?.();
  wake();
}
/** Runs each job in a task of its own, in order. */
function soon(job: () => void) {
  queue.push(job);
  wake();
}
/**
 * Runs `job` once the parts have drawn what the latest change asked of them.
 * It waits a task first, so that a change of state made just before the call
 * has been rendered and its parts queued ahead of it.
 */
export function afterParts(job: () => void) {
  setTimeout(() => (queue.length ? soon(job) : job()), 0);
}

/** `make`, called at most once, and only when first asked. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

interface Props {
  /**
   * What the part shows, as a function: it is only called when the part is
   * drawn, so figures it alone needs are worked out in its own task.
   */
  children: () => ComponentChildren;
  /**
   * Drawn in the same task as the answer that changed it. Without it, a
   * change is drawn in the task after, so a key press paints the form and the
   * headline first.
   */
  now?: boolean;
}

export function Part({ children, now = false }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const first = useRef(children);
  const latest = useRef(children);
  const shown = useRef<(() => ComponentChildren) | undefined>(undefined);
  const pending = useRef(false);
  latest.current = children;

  /** Brings the part's markup up to date with its latest figures, in as few steps as it can. */
  const draw = () => {
    pending.current = false;
    const node = el.current;
    if (!node || shown.current === latest.current) return;
    // A part that appeared after a change has no server markup and is simply rendered.
    if (shown.current === undefined && node.firstChild) {
      hydrate(first.current(), node);
      shown.current = first.current;
      if (latest.current === first.current) return;
    }
    render(latest.current(), node);
    shown.current = latest.current;
  };

  useLayoutEffect(() => {
    // Hydration always waits its turn in the queue; a change to a `now` part does not.
    if (now && (shown.current !== undefined || children !== first.current)) return draw();
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
