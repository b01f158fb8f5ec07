/**
 * Shown when a widget's second half could not be loaded (a network hiccup, a
 * deploy in between): says so in the reader's language and offers to try
 * again, so "Calculate" is never a dead button. The answers stay in the form
 * and the URL meanwhile.
 */
import { useKitWords } from './kit-words.ts';

export interface LoadProblemProps {
  readonly onRetry: () => void;
}

export function LoadProblem({ onRetry }: LoadProblemProps) {
  const t = useKitWords();
  return (
    <div class="kit-load-problem" role="alert" data-load-problem="">
      <p>{t.loadFailed}</p>
      <button type="button" class="kit-button kit-button--secondary" onClick={onRetry} data-retry="">
        {t.tryAgain}
      </button>
    </div>
  );
}
