/** How an input reads in labels: its text (or URL), shortened. */
export function inputLabel(content: string, max = 60): string {
  const oneLine = content.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/**
 * An input to label: text as text; an image as a link to its URL (the CSP loads no third-party images
 * into the page, and a link never runs anything: only http(s) URLs become links).
 */
export function InputPreview({ kind, content }: { kind: 'image' | 'text'; content: string }) {
  if (kind === 'image' && /^https?:\/\//i.test(content)) {
    return (
      <a href={content} rel="noopener noreferrer nofollow" target="_blank" className="block min-w-0 break-all text-accent hover:underline">
        <span className="sr-only">Image: </span>
        {content}
      </a>
    );
  }
  return <p className="min-w-0 break-words whitespace-pre-wrap">{content}</p>;
}
