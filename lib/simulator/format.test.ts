import { describe, expect, it } from 'vitest';
import { ago, ellipsis, goG, humanSize, seconds1, tabulate } from './format';

describe('goG', () => {
  it('formats like Go %g: trailing zeros dropped, exponent form for large values', () => {
    expect(goG(2.44, 4)).toBe('2.44');
    expect(goG(1.2345, 4)).toBe('1.234');
    expect(goG(125, 3)).toBe('125');
    expect(goG(999.9, 3)).toBe('1e+03');
    expect(goG(0.5, 3)).toBe('0.5');
  });
});

describe('humanSize', () => {
  it('uses decimal units like go-units', () => {
    expect(humanSize(0)).toBe('0B');
    expect(humanSize(187)).toBe('187B');
    expect(humanSize(2440)).toBe('2.44kB');
    expect(humanSize(1_980_000, 3)).toBe('1.98MB');
    expect(humanSize(1_020_000_000, 3)).toBe('1.02GB');
  });
});

describe('ages and times', () => {
  it('prints CLI ages', () => {
    expect(ago(0.5)).toBe('Less than a second ago');
    expect(ago(30)).toBe('30 seconds ago');
    expect(ago(75)).toBe('About a minute ago');
    expect(ago(600)).toBe('10 minutes ago');
    expect(ago(3 * 24 * 3600)).toBe('3 days ago');
    expect(ago(20 * 24 * 3600)).toBe('2 weeks ago');
    expect(ago(90 * 24 * 3600)).toBe('3 months ago');
  });

  it('prints progress times with one decimal', () => {
    expect(seconds1(0)).toBe('0.0s');
    expect(seconds1(12.34)).toBe('12.3s');
  });
});

describe('ellipsis and tabulate', () => {
  it('cuts long text with a trailing ellipsis character', () => {
    expect(ellipsis('RUN /bin/sh -c pip install --no-cache-dir -r requirements.txt', 45)).toBe(
      'RUN /bin/sh -c pip install --no-cache-dir -r…',
    );
    expect(ellipsis('short', 45)).toBe('short');
  });

  it('pads columns to the widest cell plus 3, at least 10, and leaves the last column unpadded', () => {
    const out = tabulate([
      ['REPOSITORY', 'TAG', 'SIZE'],
      ['myapp', 'latest', '1.02GB'],
    ]);
    expect(out).toBe('REPOSITORY   TAG       SIZE\nmyapp        latest    1.02GB');
  });
});
