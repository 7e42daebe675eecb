/**
 * Components whose code a page loads after its first render (a dynamic import: a chunk of its
 * own), so the side panel shows the live meeting before it has parsed its forms and cards.
 * preload() starts every such load once the page has rendered: a control shown later (a
 * disclosure opened by keyboard, then Tab) is then already there, not a chunk away.
 * A chunk that fails to load (the extension updated under an open page, a damaged install) puts
 * a one-line alert in the component's place, never a silent gap: the page's other parts still work.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { msg } from '../i18n/i18n';

interface Lazy<P> extends FunctionComponent<P> {
  load(): Promise<FunctionComponent<P>>;
}

const all: Lazy<never>[] = [];

/** Logs a part's code that did not load (every dynamic import of the pages reports through this). */
export const partFailed = (e: unknown) => console.error('Roundtable: a part of this page failed to load', e);

/**
 * In a part's place when its code did not load. A reload, not a retry: HTML's module map may
 * remember a failed fetch for the page's lifetime, and a page whose extension changed under it
 * needs the new page's code anyway.
 */
export function LoadFailed() {
  return (
    <p class="wx-hint wx-load-failed">
      <span role="alert">{msg('pagePartFailed')}</span>{' '}
      <button type="button" onClick={() => location.reload()}>
        {msg('pageReload')}
      </button>
    </p>
  );
}

/** `load` resolves to the component; until it has, the component renders nothing; if it fails, LoadFailed. */
export function lazy<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  let loading: Promise<FunctionComponent<P>> | null = null;
  const start = () =>
    (loading ??= load().then((c) => (loaded = c), (e: unknown) => {
      loading = null; // a later render tries again
      throw e;
    }));
  const Component: Lazy<P> = (props: P) => {
    const [outcome, setOutcome] = useState<'loading' | 'ready' | 'failed'>('loading');
    const Loaded = loaded;
    useEffect(() => {
      if (Loaded) return; // rendered the component itself: nothing to wait for
      let mounted = true;
      start().then(
        () => mounted && setOutcome('ready'),
        (e: unknown) => {
          partFailed(e);
          if (mounted) setOutcome('failed');
        },
      );
      return () => void (mounted = false);
    }, []);
    if (Loaded) return <Loaded {...props} />;
    return outcome === 'failed' ? <LoadFailed /> : null;
  };
  Component.load = start;
  all.push(Component as unknown as Lazy<never>);
  return Component;
}

/** Loads every lazy component's code now (call after the first render). */
export function preload(): void {
  for (const c of all) c.load().catch(partFailed);
}
