/**
 * A diagram of an image as a stack of layers, drawn in HTML so screen readers get the list and
 * sighted readers get the picture. Layers are given bottom first, as Docker builds them.
 */
export function LayerStack({
  title,
  layers,
  writable,
  config,
}: {
  title: string;
  /** Bottom (base) first. "kind" marks where a layer comes from. */
  layers: Array<{ label: string; detail?: string; kind?: 'base' | 'layer' | 'writable' }>;
  /** Label of a container's writable layer, drawn on top (dashed). */
  writable?: string;
  /** Config entries (not layers), shown beside the stack. */
  config?: string[];
}) {
  const top = [...layers].reverse();
  return (
    <figure className="layer-diagram">
      <figcaption className="layer-diagram-title">{title}</figcaption>
      <div className="layer-diagram-body">
        <ol className="layer-stack" reversed aria-label={`${title}: layers from top to bottom`}>
          {writable ? (
            <li className="layer layer-writable">
              <span className="layer-label">{writable}</span>
              <span className="layer-detail">writable, belongs to the container</span>
            </li>
          ) : null}
          {top.map((layer, i) => (
            <li key={i} className={`layer layer-${layer.kind ?? 'layer'}`}>
              <span className="layer-label">{layer.label}</span>
              {layer.detail ? <span className="layer-detail">{layer.detail}</span> : null}
            </li>
          ))}
        </ol>
        {config?.length ? (
          <div className="layer-config">
            <p className="layer-config-title">Image config (not layers)</p>
            <ul>
              {config.map((c, i) => (
                <li key={i}>
                  <code>{c}</code>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </figure>
  );
}
