/**
 * A widget's submit button ("Räkna", "Kontrollera", "Fortsätt"). Until the
 * island has hydrated it is disabled, and a note says the check is starting:
 * without JavaScript (or before it arrives) pressing it would only reload the
 * page and lose what the reader typed, so it does nothing instead, and the
 * typed text is taken over on hydration (use-widget-state.ts). The page's
 * <noscript> note says where the same rules are written out.
 */
import type { ComponentChildren } from 'preact';
import { useKitWords } from './kit-words.ts';

export interface SubmitButtonProps {
  readonly hydrated: boolean;
  readonly children: ComponentChildren;
  readonly class?: string;
}

export function SubmitButton({ hydrated, children, class: extra }: SubmitButtonProps) {
  const t = useKitWords();
  return (
    <>
      <button type="submit" class={`kit-button${extra ? ` ${extra}` : ''}`} disabled={!hydrated} data-submit="">
        {children}
      </button>
      {!hydrated && <p class="kit-hint kit-waiting kit-no-print">{t.waitingForScript}</p>}
    </>
  );
}
