/**
 * The top of every embed: what it is, and a small link to the same place on the Layerwise site
 * (a new tab: the embed stays where the learner is).
 */
export function EmbedBar({ title, kicker, href }: { title: string; kicker: string; href: string }) {
  return (
    <div className="embed-bar">
      <div>
        <p className="embed-kicker">{kicker}</p>
        <h1 className="embed-title">{title}</h1>
      </div>
      <a className="embed-open" href={href} target="_blank" rel="noopener">
        Open in Layerwise<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </div>
  );
}
