import type { Metadata } from 'next';
import { PLAYGROUND_PROJECT } from '@/lib/workbench/playground-default';
import { sitePath } from '@/lib/embed/urls';
import { PlaygroundLoader } from '@/components/workbench/PlaygroundLoader';
import { PlaygroundToolbar } from '@/components/workbench/PlaygroundToolbar';
import { StaticCode } from '@/components/workbench/StaticWorkbench';
import { buildTimeWorkspace } from '@/components/workspace/build-time';
import { StaticWorkspace } from '@/components/workspace/StaticWorkspace';
import { EmbedBar } from '@/components/embed/EmbedBar';

export const metadata: Metadata = { title: 'Playground' };

const EDITOR_HEIGHT = '20rem';

/** The playground's workspace (autosaved, `#workspace=...` links), as on /playground/. */
export default async function PlaygroundEmbed() {
  const built = await buildTimeWorkspace({ project: PLAYGROUND_PROJECT });
  const staticEditor = <StaticCode html={built.html} />;
  return (
    <>
      <EmbedBar kicker="Layerwise" title="Dockerfile playground" href={sitePath.playground()} />
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
    </>
  );
}
