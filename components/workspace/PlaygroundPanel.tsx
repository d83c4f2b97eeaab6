import { PLAYGROUND_PROJECT } from '@/lib/workbench/playground-default';
import { PlaygroundLoader } from '@/components/workbench/PlaygroundLoader';
import { PlaygroundToolbar } from '@/components/workbench/PlaygroundToolbar';
import { StaticCode } from '@/components/workbench/StaticWorkbench';
import { buildTimeWorkspace } from './build-time';
import { BuiltStaticWorkspace } from './StaticWorkspace';

/**
 * The playground's workspace (autosaved, opens `#workspace=` links): its build-time rendering,
 * then the live workspace. The same on /playground/ and in the playground embed.
 */
export async function PlaygroundPanel({ editorHeight }: { editorHeight: string }) {
  const built = await buildTimeWorkspace({ project: PLAYGROUND_PROJECT });
  const staticEditor = <StaticCode html={built.html} />;
  return (
    <PlaygroundLoader
      defaultModel={built.model}
      staticEditor={staticEditor}
      editorHeight={editorHeight}
      fallback={
        <BuiltStaticWorkspace
          built={built}
          staticEditor={staticEditor}
          idPrefix="playground"
          headingLevel={2}
          editorHeight={editorHeight}
          layout="page"
          toolbar={<PlaygroundToolbar />}
        />
      }
    />
  );
}
