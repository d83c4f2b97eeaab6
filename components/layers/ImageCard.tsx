import type { ImageSummary } from '@/lib/workbench/image-card';
import { Heading } from '@/components/workbench/Heading';

/** What the final image is and what `docker run` would execute. No hooks: also rendered at build time. */
export function ImageCard({ image, headingLevel, idPrefix }: { image: ImageSummary | null; headingLevel: 2 | 3; idPrefix: string }) {
  const headingId = `${idPrefix}-image-title`;
  return (
    <section className="wb-image-card" aria-labelledby={headingId} data-testid="image-card">
      <Heading level={headingLevel} id={headingId} className="wb-section-title">
        Image summary
      </Heading>
      {!image ? (
        <p className="wb-empty">No image yet: a Dockerfile needs a FROM line.</p>
      ) : (
        <dl className="wb-facts">
          <div>
            <dt>Base image</dt>
            <dd>
              <code>{image.base}</code>
              {image.viaStages.length ? <span className="wb-fact-note"> through {image.viaStages.join(', then ')}</span> : null}
            </dd>
          </div>
          <div>
            <dt>Layers added</dt>
            <dd data-testid="image-layer-count">
              {image.layerCount}
              <span className="wb-fact-note">{image.base.toLowerCase() === 'scratch' ? ' (scratch has none of its own)' : ' on top of the base image’s own'}</span>
            </dd>
          </div>
          <div>
            <dt>Working directory</dt>
            <dd>
              <code>{image.workdir}</code>
              {image.workdirSetHere ? null : <span className="wb-fact-note"> (Docker’s default; {image.base} may set another)</span>}
            </dd>
          </div>
          <div>
            <dt>Exposed ports</dt>
            <dd data-testid="image-ports">
              {image.exposedPorts.length ? (
                image.exposedPorts.map((p, i) => (
                  <span key={p}>
                    {i > 0 ? ', ' : null}
                    <code>{p}</code>
                  </span>
                ))
              ) : (
                <span className="wb-fact-note">none set here</span>
              )}
            </dd>
          </div>
          {image.user ? (
            <div>
              <dt>User</dt>
              <dd>
                <code>{image.user}</code>
              </dd>
            </div>
          ) : null}
          <div className="wb-fact-wide">
            <dt>
              <code>docker run</code> executes
            </dt>
            <dd data-testid="image-command">
              {image.command.text !== null ? <code className="wb-command">{image.command.text}</code> : <span className="wb-fact-note">nothing set here</span>}
              {image.command.note ? <span className="wb-command-note">{image.command.note}</span> : null}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
