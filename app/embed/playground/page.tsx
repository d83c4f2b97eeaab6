import type { Metadata } from 'next';
import { sitePath } from '@/lib/embed/urls';
import { PlaygroundPanel } from '@/components/workspace/PlaygroundPanel';
import { EmbedBar } from '@/components/embed/EmbedBar';

export const metadata: Metadata = { title: 'Playground' };

const EDITOR_HEIGHT = '20rem';

/** The playground's workspace (autosaved, `#workspace=...` links), as on /playground/. */
export default function PlaygroundEmbed() {
  return (
    <>
      <EmbedBar kicker="Layerwise" title="Dockerfile playground" href={sitePath.playground()} />
      <PlaygroundPanel editorHeight={EDITOR_HEIGHT} />
    </>
  );
}
