import type { Metadata } from 'next';
import { PLAYGROUND_PROJECT } from '@/lib/workbench/playground-default';
import { PlaygroundLoader } from '@/components/workbench/PlaygroundLoader';
import { PlaygroundToolbar } from '@/components/workbench/PlaygroundToolbar';
import { StaticCode } from '@/components/workbench/StaticWorkbench';
import { buildTimeWorkspace } from '@/components/workspace/build-time';
import { StaticWorkspace } from '@/components/workspace/StaticWorkspace';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'A small project to build: edit its Dockerfile and files, watch problems and layers as you type, and run docker build in a simulated terminal.',
};

const EDITOR_HEIGHT = '26rem';

export default async function PlaygroundPage() {
  const built = await buildTimeWorkspace({ project: PLAYGROUND_PROJECT });
  const staticEditor = <StaticCode html={built.html} />;
  return (
    <div className="page playground-page">
      <h1>Dockerfile playground</h1>
      <p className="lede">
        A small project to experiment with: edit the Dockerfile or any file, and every change is checked the way BuildKit and hadolint would, against the
        project&apos;s files, and drawn as the layers <code>docker build</code> would make. Build it in the terminal to see what the cache reuses. Nothing is
        sent anywhere: it all runs in this page.
      </p>
      <PlaygroundLoader
        defaultModel={built.model}
        staticEditor={staticEditor}
        editorHeight={EDITOR_HEIGHT}
        fallback={
          <StaticWorkspace
            entries={built.entries}
            openFile={built.openFile}
            analyzedPath={built.analyzedPath}
            staticEditor={staticEditor}
            model={built.model}
            idPrefix="playground"
            headingLevel={2}
            editorHeight={EDITOR_HEIGHT}
            layout="page"
            toolbar={<PlaygroundToolbar />}
          />
        }
      />
    </div>
  );
}
