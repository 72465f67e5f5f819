import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

describe('Markdown', () => {
  it("renders headings (two levels down, under the page's own), lists, emphasis and code", () => {
    const { container } = render(<Markdown>{'# Rule\n\n## Scope\n\n- **Remove** insults\n- `insult` label'}</Markdown>);
    expect(container.querySelector('h1')).toBeNull();
    expect(container.querySelector('h3')).toHaveTextContent('Rule');
    expect(container.querySelector('h4')).toHaveTextContent('Scope');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('strong')).toHaveTextContent('Remove');
    expect(container.querySelector('code')).toHaveTextContent('insult');
  });

  it('drops raw HTML and unsafe links', () => {
    const { container } = render(
      <Markdown>
        {
          '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) and [ok](https://example.com)'
        }
      </Markdown>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['', 'https://example.com']);
    expect(links[1]).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
