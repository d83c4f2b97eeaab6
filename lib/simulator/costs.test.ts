import { describe, expect, it } from 'vitest';
import { copyCost, pullCost, runCost } from './costs';

describe('simulated costs', () => {
  it('are deterministic', () => {
    expect(runCost('pip install -r requirements.txt')).toEqual(runCost('pip install -r requirements.txt'));
  });

  it('make dependency installs slow and plain commands fast', () => {
    const pip = runCost('pip install --no-cache-dir -r requirements.txt');
    const apt = runCost('apt-get update && apt-get install -y curl');
    const npm = runCost('npm ci');
    const echo = runCost('echo hello > /greeting');
    expect(pip.duration).toBeGreaterThanOrEqual(6);
    expect(apt.duration).toBeGreaterThanOrEqual(13);
    expect(npm.duration).toBeGreaterThanOrEqual(8);
    expect(echo.duration).toBeLessThanOrEqual(1.2);
    expect(pip.size).toBeGreaterThan(echo.size);
  });

  it('keeps COPY fast and scales pulls with size', () => {
    expect(copyCost(2_000, 3)).toBeLessThan(0.5);
    expect(pullCost(1_000_000_000)).toBeGreaterThan(pullCost(10_000_000));
  });
});
