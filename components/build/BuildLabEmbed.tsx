import { BuildLab, type BuildLabProps } from './BuildLab';
import { resolveProject } from './projects';

/**
 * The lab as lessons use it (<BuildLab project="..." cwd="." command="..." />). Rendered on the
 * server: it checks the project id at build time, then hands over to the lazy client component.
 */
export function BuildLabEmbed(props: BuildLabProps) {
  const project = resolveProject(props.project);
  return <BuildLab {...props} title={props.title ?? `Build lab: ${project.title}`} />;
}
