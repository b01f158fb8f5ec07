// @vitest-environment happy-dom
import { cleanup, fireEvent, render as renderAlone } from '@testing-library/preact';
import type { ComponentChildren, VNode } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { ErrorSummary } from '../../../src/islands/kit/ErrorSummary.tsx';
import { LiveRegion } from '../../../src/islands/kit/LiveRegion.tsx';
import { PrintSummary } from '../../../src/islands/kit/PrintSummary.tsx';
import { Radios } from '../../../src/islands/kit/Radios.tsx';
import { Select } from '../../../src/islands/kit/Select.tsx';
import { TextField } from '../../../src/islands/kit/TextField.tsx';
import type { FieldProblem } from '../../../src/islands/kit/types.ts';
import { VerdictPanel } from '../../../src/islands/kit/VerdictPanel.tsx';
import { KitWords } from '../../../src/islands/kit/kit-words.ts';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';

/** Kit parts render inside a widget, whose root provides the kit's words. */
const InWidget = ({ children }: { children?: ComponentChildren }) => <KitWords.Provider value={kitStrings.sv}>{children}</KitWords.Provider>;
const render = (ui: VNode) => renderAlone(ui, { wrapper: InWidget });

afterEach(cleanup);

describe('TextField', () => {
  test('ties hint and error to the input and marks it invalid', () => {
    const { container } = render(
      <TextField id="c-rest" label="Deltagare" hint="Ett heltal" error="Fel värde" value="abc" onInput={() => {}} inputMode="numeric" />,
    );
    const input = container.querySelector('input')!;
    expect(input.getAttribute('aria-describedby')).toBe('c-rest-hint c-rest-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(container.querySelector('label')!.getAttribute('for')).toBe('c-rest');
    expect(container.querySelector('#c-rest-error')).not.toBeNull();
  });

  test('without error it is not invalid and describes only the hint', () => {
    const { container } = render(<TextField id="x" label="X" hint="h" value="" onInput={() => {}} />);
    const input = container.querySelector('input')!;
    expect(input.getAttribute('aria-describedby')).toBe('x-hint');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('Radios and Select', () => {
  test('radios sit in a fieldset with a legend and report the chosen value', () => {
    let chosen = '';
    const { container } = render(
      <Radios
        name="q-kind"
        legend="Vilken?"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        value={undefined}
        onChange={(v) => (chosen = v)}
      />,
    );
    expect(container.querySelector('fieldset > legend')).not.toBeNull();
    fireEvent.click(container.querySelector('#q-kind-b')!);
    expect(chosen).toBe('b');
  });

  test('select returns only listed values', () => {
    const seen: (string | undefined)[] = [];
    const { container } = render(
      <Select id="lvl" label="Level" placeholder="Choose" options={[{ value: 'x', label: 'X' }]} value={undefined} onChange={(v) => seen.push(v)} />,
    );
    const select = container.querySelector('select')!;
    fireEvent.change(select, { target: { value: 'x' } });
    fireEvent.change(select, { target: { value: '' } });
    expect(seen).toEqual(['x', undefined]);
  });
});

describe('ErrorSummary', () => {
  function Harness() {
    const [errors, setErrors] = useState<FieldProblem[]>([]);
    const [attempt, setAttempt] = useState(0);
    return (
      <div>
        <ErrorSummary id="c-errors" errors={errors} attempt={attempt} />
        <input id="c-rest" />
        <button
          type="button"
          onClick={() => {
            setErrors([{ fieldId: 'c-rest', label: 'Antal', message: 'm' }]);
            setAttempt((n) => n + 1);
          }}
        >
          go
        </button>
      </div>
    );
  }

  test('renders nothing without errors, takes focus when it appears and on every failed attempt', async () => {
    const { container, getByText } = render(<Harness />);
    expect(container.querySelector('[data-error-summary]')).toBeNull();
    fireEvent.click(getByText('go'));
    await Promise.resolve();
    const summary = container.querySelector<HTMLElement>('[data-error-summary]')!;
    expect(summary).not.toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(summary);
    // a link per field; following it moves focus to the field
    const link = summary.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#c-rest');
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe('c-rest');
    fireEvent.click(getByText('go'));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(summary);
  });

  test('one entry per field, named before its problem, however many problems a field has', () => {
    const errors: FieldProblem[] = [
      { fieldId: 'c-rest', label: 'Antal deltagare', message: 'Skriv ett heltal' },
      { fieldId: 'c-rest', label: 'Antal deltagare', message: 'För stort' },
      { fieldId: 'c-admin', label: 'Administrativa kostnader', message: 'Skriv ett belopp' },
    ];
    const { container } = render(<ErrorSummary id="x-errors" errors={errors} />);
    const entries = [...container.querySelectorAll('[data-error-summary] li')];
    expect(entries.map((li) => li.getAttribute('data-field'))).toEqual(['c-rest', 'c-admin']);
    expect(entries[0]!.textContent).toBe('Antal deltagare: Skriv ett heltal');
  });
});

describe('VerdictPanel', () => {
  test('exposes kind and each finding’s rule as data attributes, with an aria-hidden icon', () => {
    const { container } = render(
      <VerdictPanel
        locale="en"
        id="v"
        kind="not-eligible"
        findings={[
          { rule: 'co-financing.own-share-too-low', severity: 'blocker', sentence: 's', href: '/en/x/', source: 'src' },
          { rule: 'co-financing.x', severity: 'info', sentence: 't' },
        ]}
      />,
    );
    const panel = container.querySelector('[data-verdict]')!;
    expect(panel.getAttribute('data-verdict')).toBe('not-eligible');
    expect([...panel.querySelectorAll('[data-rule]')].map((li) => li.getAttribute('data-rule'))).toEqual([
      'co-financing.own-share-too-low',
      'co-financing.x',
    ]);
    expect(panel.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(panel.querySelector('h3')!.textContent).not.toBe('');
    expect(panel.querySelector('a')!.getAttribute('href')).toBe('/en/x/');
  });
});

describe('LiveRegion and PrintSummary', () => {
  test('the live region is polite and present before it speaks', () => {
    const { container, rerender } = render(<LiveRegion message="" />);
    const region = container.querySelector('[aria-live]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    rerender(<LiveRegion message="Klart" />);
    expect(container.querySelector('[aria-live]')).toBe(region);
  });

  test('print summary lists every answer, with a placeholder for a missing one, and the date', () => {
    const { container } = render(
      <PrintSummary locale="sv" date="2026-11-22" answers={[{ label: 'A', value: '1' }, { label: 'B', value: undefined }]} />,
    );
    expect(container.querySelectorAll('dt')).toHaveLength(2);
    expect(container.querySelector('.kit-print-only')).not.toBeNull();
    expect(container.textContent).toContain('2026');
  });
});
