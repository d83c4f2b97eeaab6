/**
 * The two Dockerfiles "compare two orderings" rebuilds, per preloaded project: the notes' order
 * (copy everything, then install) and the cache-friendly one (copy requirements.txt, install,
 * then copy the code). The notes' `RUN hello_world/requirements.txt` is corrected to a real
 * `pip install -r`, and python:3.9 to the course's base image, as in lessons 9 and 11.
 */
import type { Ordering } from './compare';

export interface ProjectOrderings {
  orderings: Ordering[];
  /** The file the comparison edits by default (the application code). */
  defaultEdit: string;
}

const HELLO_WORLD: ProjectOrderings = {
  defaultEdit: 'python/hello_world/main.py',
  orderings: [
    {
      name: 'Code copied first (the notes’ order)',
      dockerfile: [
        'FROM python:3.12-slim',
        'WORKDIR /app',
        'COPY python/hello_world ./hello_world',
        'RUN pip install --no-cache-dir -r hello_world/requirements.txt',
        'EXPOSE 9000',
        'CMD ["python", "hello_world/main.py"]',
        '',
      ].join('\n'),
    },
    {
      name: 'Requirements copied first',
      dockerfile: [
        'FROM python:3.12-slim',
        'WORKDIR /app',
        'COPY python/hello_world/requirements.txt ./hello_world/requirements.txt',
        'RUN pip install --no-cache-dir -r hello_world/requirements.txt',
        'COPY python/hello_world ./hello_world',
        'EXPOSE 9000',
        'CMD ["python", "hello_world/main.py"]',
        '',
      ].join('\n'),
    },
  ],
};

/** Orderings for a project whose files include the given path, or undefined when none apply. */
export function orderingsFor(paths: string[]): ProjectOrderings | undefined {
  return paths.includes(HELLO_WORLD.defaultEdit) && paths.includes('python/hello_world/requirements.txt') ? HELLO_WORLD : undefined;
}
