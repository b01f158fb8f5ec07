/**
 * A polite live region for short announcements (the verdict heading, "answers
 * cleared"). It is always in the DOM, because screen readers only announce
 * changes to a region they already know. With `delay`, the text settles first
 * so typing `220000` announces once, not six times.
 */
import { useEffect, useState } from 'preact/hooks';

export interface LiveRegionProps {
  readonly message: string;
  /** Milliseconds the message must stay unchanged before it is announced. */
  readonly delay?: number;
}

export function LiveRegion({ message, delay = 0 }: LiveRegionProps) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (delay <= 0) {
      setSpoken(message);
      return;
    }
    const timer = setTimeout(() => setSpoken(message), delay);
    return () => clearTimeout(timer);
  }, [message, delay]);
  return (
    <div class="kit-visually-hidden" aria-live="polite" aria-atomic="true" data-live-region="">
      {spoken}
    </div>
  );
}
