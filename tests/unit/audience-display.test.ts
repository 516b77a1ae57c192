import { describe, expect, it } from 'vitest';
import { audiencePlacement } from '../../electron/main/audience-display';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projector = { id: 2, bounds: { x: 1366, y: 0, width: 1280, height: 720 } };

describe('where the audience window opens', () => {
  it('full screen on the display the console is not on', () => {
    expect(audiencePlacement([laptop, projector], 1)).toEqual({ display: projector, fullscreen: true });
    expect(audiencePlacement([laptop, projector], 2)).toEqual({ display: laptop, fullscreen: true });
  });

  it('a window on the same display when there is only one, and nothing when there are none', () => {
    expect(audiencePlacement([laptop], 1)).toEqual({ display: laptop, fullscreen: false });
    expect(audiencePlacement([laptop], null)).toEqual({ display: laptop, fullscreen: false });
    expect(audiencePlacement([], 1)).toBeNull();
  });
});
