/**
 * Preloaded virtual projects from the course notes the lessons follow.
 * Paths are relative to the project root.
 */
import type { VirtualFiles } from './types';

/**
 * The notes' "Custom docker file location" tree: the Dockerfile lives in
 * resources/docker/, and COPY paths are relative to the build context (the project root),
 * so it is built with `docker build -t img_name -f resources/docker/Dockerfile .`.
 */
export const CUSTOM_DOCKERFILE_LOCATION_DOCKERFILE = `FROM python:3.12-slim

WORKDIR /app

# Paths are relative to the build context (the project root), not to this file.
COPY src/ ./src/

CMD ["python", "src/main.py"]
`;

export const customDockerfileLocationProject: VirtualFiles = {
  'src/main.py': `from cli import parse_args


def main() -> None:
    args = parse_args()
    print(f"Processing {args.video}")


if __name__ == "__main__":
    main()
`,
  'src/cli.py': `import argparse


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Process a video file.")
    parser.add_argument("video", nargs="?", default="resources/videos/video1.mp4")
    return parser.parse_args()
`,
  'resources/videos/video1.mp4': 'placeholder for video1.mp4 (not a real video)\n',
  'resources/videos/video2.mp4': 'placeholder for video2.mp4 (not a real video)\n',
  'resources/docker/Dockerfile': CUSTOM_DOCKERFILE_LOCATION_DOCKERFILE,
};

/**
 * The notes' Dockerfile, corrected and ordered for the cache: requirements first, the
 * pip install, then the source (a source edit keeps the install CACHED).
 */
export const HELLO_WORLD_DOCKERFILE = `FROM python:3.9

WORKDIR /app

COPY python/hello_world/requirements.txt ./hello_world/requirements.txt

RUN pip install --no-cache-dir -r hello_world/requirements.txt

COPY python/hello_world ./hello_world

EXPOSE 9000

CMD ["python", "hello_world/main.py"]
`;

/** The notes' first (corrected) version: copies everything before installing, so any edit reruns pip. */
export const HELLO_WORLD_NAIVE_DOCKERFILE = `FROM python:3.9

WORKDIR /app

COPY python/hello_world ./hello_world

RUN pip install --no-cache-dir -r hello_world/requirements.txt

EXPOSE 9000

CMD ["python", "hello_world/main.py"]
`;

/**
 * The notes' Dockerfile exactly as written, mistakes included: \`RUN hello_world/requirements.txt\`
 * runs a text file instead of installing it, and \`CMD["python", ...]\` has no space after CMD.
 */
export const COURSE_NOTES_DOCKERFILE = `FROM python:3.9

WORKDIR /app

COPY python/hello_world ./hello_world

RUN hello_world/requirements.txt

EXPOSE 9000

CMD["python", "hello_world/main.py"]
`;

export const helloWorldProject: VirtualFiles = {
  Dockerfile: HELLO_WORLD_DOCKERFILE,
  '.dockerignore': `# Files the image does not need stay out of the build context.
.git
.venv
**/__pycache__
**/*.pyc
`,
  'python/hello_world/main.py': `from flask import Flask

app = Flask(__name__)


@app.route("/")
def hello():
    return "Hello, World!"


if __name__ == "__main__":
    # 0.0.0.0: listen on every interface, so a published port (-p 9000:9000) reaches the app.
    app.run(host="0.0.0.0", port=9000)
`,
  'python/hello_world/requirements.txt': 'flask==3.1.0\n',
};

/** A small Flask app with everything at the project root: the playground's project. */
export const PYTHON_APP_DOCKERFILE = `# A small Python web app. Edit anything: the problems, layers and image card follow.
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["python", "main.py"]
`;

export const pythonAppProject: VirtualFiles = {
  Dockerfile: PYTHON_APP_DOCKERFILE,
  '.dockerignore': `.git
.venv
__pycache__
*.pyc
`,
  'main.py': `from flask import Flask

app = Flask(__name__)


@app.route("/")
def hello():
    return "Hello from the playground!"


if __name__ == "__main__":
    # 0.0.0.0: listen on every interface, so a published port (-p 8000:8000) reaches the app.
    app.run(host="0.0.0.0", port=8000)
`,
  'requirements.txt': 'flask==3.1.0\n',
};

export interface PreloadedProject {
  id: string;
  title: string;
  files: VirtualFiles;
  /** Where the terminal starts, relative to the project root. */
  cwd: string;
}

/** Preloaded projects by stable id (the lesson frontmatter names them). */
export const PRELOADED_PROJECTS: Record<string, PreloadedProject> = {
  'custom-dockerfile-location': {
    id: 'custom-dockerfile-location',
    title: 'Custom Dockerfile location (resources/docker/Dockerfile)',
    files: customDockerfileLocationProject,
    cwd: '.',
  },
  'python-app': {
    id: 'python-app',
    title: 'A Flask app at the project root (port 8000)',
    files: pythonAppProject,
    cwd: '.',
  },
  'hello-world': {
    id: 'hello-world',
    title: 'python/hello_world (Flask on port 9000)',
    files: helloWorldProject,
    cwd: '.',
  },
};
