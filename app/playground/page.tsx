import type { Metadata } from 'next';
import { analyze } from '@/lib/engine/analyze';
import { highlight } from '@/lib/content/highlight';
import { PLAYGROUND_DEFAULT } from '@/lib/workbench/playground-default';
import { toWorkbenchModel } from '@/lib/workbench/view-model';
import { PlaygroundLoader } from '@/components/workbench/PlaygroundLoader';
import { PlaygroundToolbar } from '@/components/workbench/PlaygroundToolbar';
import { StaticCode, StaticWorkbench } from '@/components/workbench/StaticWorkbench';
import { BuildLabEmbed } from '@/components/build/BuildLabEmbed';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'Write a Dockerfile and watch it explained as you type: problems with fixes, the layers it builds, and what docker run would execute.',
};

const EDITOR_HEIGHT = '30rem';

export default async function PlaygroundPage() {
  const html = await highlight(PLAYGROUND_DEFAULT, 'dockerfile');
  const model = toWorkbenchModel(analyze(PLAYGROUND_DEFAULT));
  const staticEditor = <StaticCode html={html} />;
  return (
    <div className="page playground-page">
      <h1>Dockerfile playground</h1>
      <p className="lede">
        Write or paste a Dockerfile. Every change is checked the way BuildKit and hadolint would, and drawn as the layers <code>docker build</code> would make.
        Nothing is sent anywhere: it all runs in this page.
      </p>
      <PlaygroundLoader
        defaultSource={PLAYGROUND_DEFAULT}
        defaultModel={model}
        staticEditor={staticEditor}
        editorHeight={EDITOR_HEIGHT}
        fallback={<StaticWorkbench staticEditor={staticEditor} model={model} idPrefix="playground" headingLevel={2} editorHeight={EDITOR_HEIGHT} layout="split" toolbar={<PlaygroundToolbar />} />}
      />
      <section className="playground-build" aria-labelledby="build-it-title">
        <h2 id="build-it-title">Build it</h2>
        <p>
          A simulated terminal over the course&apos;s <code>python/hello_world</code> project: run <code>docker build</code>, change files, and watch which steps
          the cache reuses.
        </p>
        <BuildLabEmbed project="hello-world" command="docker build -t hello ." />
      </section>
    </div>
  );
}
