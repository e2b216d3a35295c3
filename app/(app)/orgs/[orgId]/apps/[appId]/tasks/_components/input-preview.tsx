/** How an input reads in labels: its text (or URL, or file name), shortened. */
export function inputLabel(content: string, max = 60): string {
  const oneLine = content.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Where an uploaded image input is served (app/api/…/inputs/[inputId]/image: checks who may see it). */
export function inputImageUrl(orgId: string, appId: string, inputId: string, size: 'full' | 'thumb' = 'full'): string {
  return `/api/orgs/${orgId}/apps/${appId}/inputs/${inputId}/image${size === 'thumb' ? '?size=thumb' : ''}`;
}

type PreviewProps = {
  kind: 'image' | 'text';
  content: string;
  /** Set for an uploaded image: shown from the image route, large enough to label. */
  image?: { orgId: string; appId: string; inputId: string } | null;
};

/**
 * An input to label: an uploaded image as the image itself; text as text; an image URL as a link to it
 * (the CSP loads no third-party images into the page, and a link never runs anything: only http(s) URLs
 * become links).
 */
export function InputPreview({ kind, content, image }: PreviewProps) {
  if (kind === 'image' && image) {
    const src = inputImageUrl(image.orgId, image.appId, image.inputId);
    return (
      <figure className="min-w-0">
        {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authorized route, not optimizable */}
        <img
          src={src}
          alt={`Image to label: ${inputLabel(content, 120)}`}
          loading="lazy"
          decoding="async"
          className="block h-64 w-full max-w-xl rounded-md border border-border bg-bg-subtle object-contain sm:h-80"
        />
        <figcaption className="mt-1 truncate text-xs text-fg-muted">
          <a href={src} target="_blank" rel="noopener" className="hover:underline">
            {content}
          </a>
        </figcaption>
      </figure>
    );
  }
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
