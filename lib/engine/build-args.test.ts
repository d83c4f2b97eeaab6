import { describe, expect, it } from 'vitest';
import { analyzeWith } from '@/lib/engine/analyze';

describe('predefined build arguments (convert.go defaultArgs)', () => {
  it('give a value to every platform ARG a stage declares, TARGETOSVERSION and TARGETSTAGE included', () => {
    const steps = analyzeWith('FROM alpine\nARG TARGETARCH TARGETOSVERSION TARGETSTAGE OTHER\n', {}, []).stages[0].steps;
    expect(steps[0].summary).toBe(
      'Declares build arguments TARGETARCH (now "amd64"), TARGETOSVERSION (now ""), TARGETSTAGE (now "") and OTHER (no value) for the rest of this stage, during the build only',
    );
  });
});
