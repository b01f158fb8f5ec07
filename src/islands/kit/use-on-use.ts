/**
 * Loading a widget's second half when the reader first needs it (docs/adr/0006),
 * with the states a reader can see: pending while it loads, failed when the
 * network let it down. A failed load is never remembered: the next `load()`
 * (the reader's "Try again", or their next action) asks the network again.
 */
import { useRef, useState } from 'preact/hooks';

export type LoadStatus = 'idle' | 'pending' | 'ready' | 'failed';

export interface OnUse<Module> {
  readonly status: LoadStatus;
  /** The loaded module, once `status` is `ready`. */
  readonly module: Module | null;
  /** Starts (or joins) the load; resolves to the module, or to null if it failed. */
  readonly load: () => Promise<Module | null>;
}

export function useOnUse<Module>(importer: () => Promise<Module>): OnUse<Module> {
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [module, setModule] = useState<Module | null>(null);
  const inFlight = useRef<Promise<Module | null> | null>(null);
  const loaded = useRef<Module | null>(null);

  const load = (): Promise<Module | null> => {
    if (loaded.current) return Promise.resolve(loaded.current);
    inFlight.current ??= (setStatus('pending'),
    importer().then(
      (m) => {
        loaded.current = m;
        setModule(() => m);
        setStatus('ready');
        return m;
      },
      () => {
        inFlight.current = null;
        setStatus('failed');
        return null;
      },
    ));
    return inFlight.current;
  };

  return { status, module, load };
}
