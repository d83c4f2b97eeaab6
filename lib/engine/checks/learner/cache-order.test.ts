import { describe, expect, it } from 'vitest';
import { findings, linesOf } from '../hadolint/test-helpers';

const CODE = 'lw-cache-order';

describe('lw-cache-order', () => {
  it('reports COPY . . before pip install -r, on the COPY line, with the reordering', () => {
    const [d] = findings(CODE, 'FROM python:3.12', 'WORKDIR /app', 'COPY . .', 'RUN pip install -r requirements.txt', 'CMD ["python", "main.py"]');
    expect(d).toMatchObject({ severity: 'info', line: 3, column: 1, endLine: 3, endColumn: 9 });
    expect(d.message).toContain('line 4');
    expect(d.message).toContain('COPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .');
  });

  it.each([
    ['npm ci', 'package*.json'],
    ['npm install', 'package*.json'],
    ['yarn install --frozen-lockfile', 'package*.json'],
    ['pnpm install', 'package*.json'],
    ['go mod download', 'go.mod go.sum*'],
    ['bundle install', 'Gemfile*'],
    ['composer install --no-dev', 'composer.*'],
    ['poetry install', 'pyproject.toml poetry.lock*'],
    ['cargo fetch', 'Cargo.*'],
  ])('knows %s', (install, manifest) => {
    const [d] = findings(CODE, 'FROM node:20', 'WORKDIR /app', 'COPY . /app', `RUN ${install}`);
    expect(d?.line).toBe(3);
    expect(d.message).toContain(`COPY ${manifest} ./`);
  });

  it('reports a directory copy that holds the manifest the install names', () => {
    const [d] = findings(CODE, 'FROM python:3.9', 'WORKDIR /app', 'COPY python/hello_world ./hello_world', 'RUN pip install -r hello_world/requirements.txt');
    expect(d.line).toBe(3);
    expect(d.message).toContain('COPY python/hello_world/requirements.txt ./hello_world/\nRUN pip install -r hello_world/requirements.txt');
  });

  it('follows cd inside the RUN and absolute paths', () => {
    expect(linesOf(CODE, 'FROM node:20', 'COPY . /srv/app', 'RUN cd /srv/app && npm ci')).toEqual([2]);
    expect(linesOf(CODE, 'FROM python:3.12', 'COPY . /code', 'RUN pip install -r /code/requirements.txt')).toEqual([2]);
  });

  it('does not fire when the manifest was copied alone before the install', () => {
    expect(linesOf(CODE, 'FROM python:3.12', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .')).toEqual([]);
    expect(linesOf(CODE, 'FROM node:20', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .')).toEqual([]);
    expect(linesOf(CODE, 'FROM python:3.12', 'WORKDIR /app', 'COPY requirements.txt .', 'COPY . .', 'RUN pip install -r requirements.txt')).toEqual([]);
    expect(
      linesOf(CODE, 'FROM python:3.9', 'WORKDIR /app', 'COPY python/hello_world/requirements.txt ./hello_world/requirements.txt', 'RUN pip install -r hello_world/requirements.txt', 'COPY python/hello_world ./hello_world'),
    ).toEqual([]);
  });

  it('does not fire without a dependency install, or when the copy cannot hold the manifest', () => {
    expect(linesOf(CODE, 'FROM python:3.12', 'WORKDIR /app', 'COPY . .', 'RUN python -m compileall .')).toEqual([]);
    expect(linesOf(CODE, 'FROM python:3.12', 'WORKDIR /app', 'COPY . .', 'RUN pip install flask==3.0.0')).toEqual([]);
    expect(linesOf(CODE, 'FROM python:3.12', 'WORKDIR /app', 'COPY src ./src', 'RUN pip install -r requirements.txt')).toEqual([]);
    expect(linesOf(CODE, 'FROM python:3.12', 'WORKDIR /app', 'COPY . /other', 'RUN pip install -r requirements.txt')).toEqual([]);
    expect(linesOf(CODE, 'FROM python:3.12', 'WORKDIR /app', 'COPY --from=builder /app .', 'RUN pip install -r requirements.txt')).toEqual([]);
  });

  it('does not fire when the install comes before the copy, or in another stage', () => {
    expect(linesOf(CODE, 'FROM node:20', 'WORKDIR /app', 'RUN npm ci', 'COPY . .')).toEqual([]);
    expect(linesOf(CODE, 'FROM node:20 AS src', 'WORKDIR /app', 'COPY . .', 'FROM node:20', 'WORKDIR /app', 'RUN npm ci')).toEqual([]);
  });

  it('reports a COPY once even with several installs after it', () => {
    expect(linesOf(CODE, 'FROM python:3.12', 'WORKDIR /app', 'COPY . .', 'RUN pip install -r requirements.txt', 'RUN pip install -r requirements-dev.txt')).toEqual([3]);
  });
});
