import type { Metadata } from 'next';
import { PlaygroundPanel } from '@/components/workspace/PlaygroundPanel';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'A small project to build: edit its Dockerfile and files, watch problems and layers as you type, and run docker build in a simulated terminal.',
};

const EDITOR_HEIGHT = '26rem';

export default function PlaygroundPage() {
  return (
    <div className="page playground-page">
      <h1>Dockerfile playground</h1>
      <p className="lede">
        A small project to experiment with: edit the Dockerfile or any file, and every change is checked the way BuildKit and hadolint would, against the
        project&apos;s files, and drawn as the layers <code>docker build</code> would make. Build it in the terminal to see what the cache reuses. Nothing is
        sent anywhere: it all runs in this page.
      </p>
      <PlaygroundPanel editorHeight={EDITOR_HEIGHT} />
    </div>
  );
}
