import { describe, expect, it } from 'vitest';
import { headingText } from '../../src/lib/section-links';

describe('headingText', () => {
  it('drops tags and decodes what rendering escaped', () => {
    expect(headingText(' Sets &amp; <code>reps</code> &quot;x&quot; &#39;y&#39; &#x2019; ')).toBe(`Sets & reps "x" 'y' ’`);
  });

  it('decodes once, so escaped entities stay text', () => {
    expect(headingText('&amp;lt;tag&amp;gt;')).toBe('&lt;tag&gt;');
  });
});
