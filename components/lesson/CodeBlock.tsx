import { highlight } from '@/lib/content/highlight';
import { OpenInEditorButton } from './OpenInEditorButton';

/**
 * A fenced code block from MDX, highlighted at build time. Dockerfile blocks get an
 * "Open in editor" button that loads them into the workbench beside the lesson (`editable={false}`
 * where no workbench is beside it, as on /exam).
 */
export async function CodeBlock({ code, lang, title, origin, editable = true }: { code: string; lang: string; title?: string; origin?: string; editable?: boolean }) {
  const html = await highlight(code, lang);
  const isDockerfile = lang === 'dockerfile' || lang === 'docker';
  const label = title ?? (isDockerfile ? 'Dockerfile' : lang === 'text' ? 'Text' : 'Terminal');
  return (
    <figure className="code-block">
      <figcaption className="code-block-header">
        <span className="code-block-title">{label}</span>
        {isDockerfile && editable ? <OpenInEditorButton source={code} origin={origin ?? 'code'} label={label} /> : null}
      </figcaption>
      {/* shiki output: a <pre> with spans; safe, generated at build time from repository content */}
      <div className="code-block-body" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
