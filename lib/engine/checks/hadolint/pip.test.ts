// Cases ported from hadolint DL3013Spec and DL3042Spec.
import { describe, expect, it } from 'vitest';
import { linesOf, onbuild } from './test-helpers';

const both = (code: string, ...lines: string[]) => [linesOf(code, ...lines), linesOf(code, ...onbuild(...lines))];

describe('DL3013 Pin versions in pip', () => {
  it('reports unpinned packages', () => {
    for (const cmd of [
      'pip2 install MySQL_python',
      'pip3 install MySQL_python',
      'pip install MySQL_python',
      'python -m pip install example',
      'python -m pip install --index-url url example',
      'pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext',
    ]) {
      expect(both('DL3013', `RUN ${cmd}`), cmd).toEqual([[1], [1]]);
    }
  });
  it('accepts pinned, constrained, local and requirements installs', () => {
    for (const cmd of [
      'pip3 install MySQL_python==1.2.2',
      'pip3 install mypkg.whl',
      'pip3 install mypkg.tar.gz',
      'pip install -r requirements.txt',
      'pip install --requirement requirements.txt',
      'pip install .',
      'pip install MySQL_python~=1.2.2',
      'pip install MySQL_python===1.2.2',
      'pip install --ignore-installed MySQL_python==1.2.2',
      'pip3 install --build /opt/yamllint yamllint==1.20.0',
      'pip3 install --prefix /opt/yamllint yamllint==1.20.0',
      'pip3 install --root /opt/yamllint yamllint==1.20.0',
      'pip3 install --target /opt/yamllint yamllint==1.20.0',
      'pip3 install --trusted-host host example==1.2.2',
      'python -m pip install example==1.2.2',
      'pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext',
      "pip install 'alabaster>=0.7'",
      "pip install 'alabaster<0.7'",
      "pip install 'alabaster!=0.7'",
      'pip install MySQL_python==1.2.2 --user',
      'pip install MySQL_python==1.2.2 --disable-pip-version-check',
      'pip install --index-url https://eg.com/foo foobar==1.0.0',
      'pip install --index-url https://eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0',
      'pip install MySQL_python==1.2.2 --no-cache-dir',
      'pip install pykafka --constraint http://foo.bar.baz',
      'pip install pykafka -c http://foo.bar.baz',
      'pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex-eg.io/foo foobar==1.0.0',
    ]) {
      expect(both('DL3013', `RUN ${cmd}`), cmd).toEqual([[], []]);
    }
  });
});

describe('DL3042 Avoid use of cache directory with pip', () => {
  it('reports pip install without --no-cache-dir', () => {
    for (const cmd of ['pip2 install MySQL_python', 'pip3 install MySQL_python', 'pip install MySQL_python']) {
      expect(both('DL3042', `RUN ${cmd}`), cmd).toEqual([[1], [1]]);
    }
  });
  it('accepts --no-cache-dir and leaves pipx and pipenv alone', () => {
    for (const cmd of ['pip2 install MySQL_python --no-cache-dir', 'pip3 install --no-cache-dir MySQL_python', 'pipx install software', 'pipenv install library']) {
      expect(both('DL3042', `RUN ${cmd}`), cmd).toEqual([[], []]);
    }
  });
  it('respects PIP_NO_CACHE_DIR set to a true value by ENV, a prefix or export', () => {
    for (const value of ['1', 'on', 'yes', 'true']) {
      expect(linesOf('DL3042', `ENV PIP_NO_CACHE_DIR=${value}`, 'RUN pip install MySQL_python'), value).toEqual([]);
      expect(linesOf('DL3042', `RUN PIP_NO_CACHE_DIR=${value} pip install MySQL_python`), value).toEqual([]);
      expect(linesOf('DL3042', `RUN export PIP_NO_CACHE_DIR=${value} && pip install MySQL_python`), value).toEqual([]);
    }
  });
  it('still reports when PIP_NO_CACHE_DIR is false', () => {
    for (const value of ['0', 'off', 'no', 'false']) {
      expect(linesOf('DL3042', `ENV PIP_NO_CACHE_DIR=${value}`, 'RUN pip install MySQL_python'), value).toEqual([2]);
      expect(linesOf('DL3042', `RUN PIP_NO_CACHE_DIR=${value} pip install MySQL_python`), value).toEqual([1]);
      expect(linesOf('DL3042', `RUN export PIP_NO_CACHE_DIR=${value} && pip install MySQL_python`), value).toEqual([1]);
    }
  });
  it('inherits ENV through FROM <stage>, not from an unrelated stage', () => {
    expect(linesOf('DL3042', 'FROM debian:buster as base', 'ENV PIP_NO_CACHE_DIR=1', 'FROM base', 'RUN pip install six')).toEqual([]);
    expect(linesOf('DL3042', 'FROM debian:buster as base', 'ENV PIP_NO_CACHE_DIR=1', 'FROM debian:buster', 'RUN pip install six')).toEqual([4]);
  });
});
