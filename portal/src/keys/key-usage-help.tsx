import { useId } from 'react';
import { CopyButton } from '../components/secret';
import { keySnippets, type SnippetKey } from './usage-snippets';

/**
 * "How to use this key": curl, the SDK middleware and the CLI, with the key's id and permissions
 * filled in. `secret` is given only by the dialog that shows it once; the key detail never has it.
 */
export function KeyUsageHelp({
  apiKey,
  secret,
  headingLevel = 3,
}: {
  apiKey: SnippetKey;
  secret?: string;
  headingLevel?: 3 | 4;
}) {
  const snippets = keySnippets(apiKey, { origin: window.location.origin, secret });
  const id = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const blocks = [
    { name: 'curl', title: 'With curl', text: snippets.curl },
    { name: 'sdk', title: 'In your Node backend, with @latchkey/sdk', text: snippets.sdk },
    { name: 'cli', title: 'With the latchkey CLI', text: snippets.cli },
  ];
  return (
    <div className="key-usage-help" data-testid="key-usage-help">
      {blocks.map((block) => (
        <div key={block.name} className="snippet">
          <div className="snippet-header">
            <Heading id={`${id}-${block.name}`}>{block.title}</Heading>
            <CopyButton text={block.text} label={`Copy the ${block.name === 'sdk' ? 'SDK' : block.name} example`} />
          </div>
          {/* Wrapped, never scrolled sideways: nothing in it is out of reach of the keyboard. */}
          <pre className="snippet-code" data-snippet={block.name}>
            <code>{block.text}</code>
          </pre>
        </div>
      ))}
    </div>
  );
}
