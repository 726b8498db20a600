// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SideBySideDiff } from './TextDiff';

afterEach(cleanup);

describe('SideBySideDiff', () => {
  it('marks removals on the base side and additions on the candidate side', () => {
    const { container } = render(
      <SideBySideDiff
        before="The cat sat down."
        after="The dog sat down."
        beforeLabel="Base"
        afterLabel="Candidate"
      />,
    );
    const [base, candidate] = [...container.querySelectorAll('.diff-side pre')];
    expect(base!.textContent).toBe('The cat sat down.');
    expect(candidate!.textContent).toBe('The dog sat down.');
    expect([...base!.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['cat']);
    expect(base!.querySelectorAll('ins')).toHaveLength(0);
    expect([...candidate!.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['dog']);
    expect(candidate!.querySelectorAll('del')).toHaveLength(0);
  });

  it('renders markup in the texts as text', () => {
    const before = 'ok';
    const after = 'ok <img src=x onerror=alert(1)><script>alert(2)</script>';
    const { container } = render(
      <SideBySideDiff before={before} after={after} beforeLabel="Base" afterLabel="Candidate" />,
    );
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(container.querySelectorAll('.diff-side pre')[1]!.textContent).toBe(after);
  });
});
