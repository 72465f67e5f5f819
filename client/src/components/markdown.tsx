import ReactMarkdown, { type Components } from 'react-markdown';
import styles from './markdown.module.css';

// Links in a policy leave Concord in a new tab, and tell the target nothing about it. The
// text sits under the page's own headings, so its headings move two levels down (# is h3).
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h4 {...props} />,
  h3: ({ node: _node, ...props }) => <h5 {...props} />,
  h4: ({ node: _node, ...props }) => <h6 {...props} />,
  h5: ({ node: _node, ...props }) => <h6 {...props} />,
};

/**
 * A policy text rendered from Markdown. Raw HTML in the source is dropped (`skipHtml`,
 * and no rehype-raw), and react-markdown's URL filter removes `javascript:` and other
 * unsafe link targets: a policy can format text, never run script.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className={styles.markdown}>
      <ReactMarkdown skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
