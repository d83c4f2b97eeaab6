import { SHARE_WARN_LENGTH } from '@/lib/workbench/share';

/** Share and reset, above the playground editor. Disabled (same place) until JavaScript has loaded. */
export function PlaygroundToolbar({
  onShare,
  onReset,
  linkLength = null,
  copied = null,
  fallbackLink = null,
  status = '',
}: {
  onShare?(): void;
  onReset?(): void;
  /** Length of the last share link made. */
  linkLength?: number | null;
  copied?: boolean | null;
  /** The link, when the clipboard refused it: shown for copying by hand. */
  fallbackLink?: string | null;
  status?: string;
}) {
  const long = linkLength !== null && linkLength > SHARE_WARN_LENGTH;
  return (
    <div className="wb-toolbar">
      <span className="wb-toolbar-label">Your project is saved in this browser as you type.</span>
      <button type="button" className="button button-small" onClick={onShare} disabled={!onShare}>
        Copy share link
      </button>
      <button type="button" className="button button-small button-secondary" onClick={onReset} disabled={!onReset}>
        Reset to the example
      </button>
      <div className="wb-toolbar-status" role="status">
        {linkLength !== null ? (
          <p className={long ? 'wb-share-info is-warning' : 'wb-share-info'} data-testid="share-status">
            {copied ? 'Link copied' : 'Link made'} ({linkLength.toLocaleString('en')} characters).
            {long ? ` Over ${SHARE_WARN_LENGTH.toLocaleString('en')} characters: some chat apps, mail clients and browsers cut long links, so it may not open in full.` : ''}
          </p>
        ) : null}
        {status ? <p className="wb-share-info">{status}</p> : null}
      </div>
      {fallbackLink ? (
        <label className="wb-share-fallback">
          The clipboard is not available here; copy the link yourself:
          <input type="text" readOnly value={fallbackLink} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
    </div>
  );
}
