/**
 * A step link brought a prepared workspace for the lesson workspace the learner already has
 * saved work in: nothing is replaced until they choose.
 */
export function LinkOffer({ label, onLoad, onKeep }: { label: string; onLoad(): void; onKeep(): void }) {
  return (
    <div className="wb-notice" role="group" aria-label="A prepared workspace from the link">
      <p>
        This link brings a prepared workspace for {label}. You also have your own work here, saved in this browser. Loading the link’s
        workspace keeps your work aside (<strong>Bring my work back</strong> returns it).
      </p>
      <button type="button" className="button button-small" onClick={onLoad}>
        Load the prepared workspace
      </button>{' '}
      <button type="button" className="button button-small button-secondary" onClick={onKeep}>
        Keep my work
      </button>
    </div>
  );
}
