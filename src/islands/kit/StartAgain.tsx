/**
 * "Start again": a plain button (not a link, it changes state, not place). The
 * widget clears its own state and URL keys in `onClick`; hidden in print.
 */
import { useKitWords } from './kit-words.ts';

export function StartAgain({ onClick }: { readonly onClick: () => void }) {
  const t = useKitWords();
  return (
    <button type="button" class="kit-button kit-button--secondary kit-no-print" onClick={onClick} data-start-again="">
      {t.startAgain}
    </button>
  );
}
