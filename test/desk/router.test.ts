/**
 * The hash routes the desk adds: the desk with an application open, and an application page with
 * a place to show (the desk's evidence links), read back exactly; bad places are ignored.
 */
import { describe, expect, it } from 'vitest';
import { href, parseRoute } from '../../components/router';

const HASH = 'ab'.repeat(32);

describe('desk routes', () => {
  it('the desk, with or without an application', () => {
    expect(parseRoute(href.desk('p1'))).toEqual({ name: 'desk', panelId: 'p1' });
    expect(parseRoute(href.desk('p1', 'a 2'))).toEqual({
      name: 'desk',
      panelId: 'p1',
      applicationId: 'a 2',
    });
  });

  it('an application with a place in its files, read back', () => {
    const jump = { file: HASH, page: 3, quote: '成员单位：5 所' };
    expect(parseRoute(href.application('p1', 'a1', jump))).toEqual({
      name: 'application',
      panelId: 'p1',
      applicationId: 'a1',
      jump,
    });
    expect(parseRoute(href.application('p1', 'a1', { annotation: 'n1' }))).toMatchObject({
      jump: { annotation: 'n1' },
    });
    expect(href.application('p1', 'a1')).toBe('#/panel/p1/app/a1');
  });

  it('ignores a place it cannot use', () => {
    expect(parseRoute('#/panel/p1/app/a1?page=0&file=zz')).toEqual({
      name: 'application',
      panelId: 'p1',
      applicationId: 'a1',
    });
    expect(parseRoute('#/panel/p1/app/a1?page=2&file=zz')).toEqual({
      name: 'application',
      panelId: 'p1',
      applicationId: 'a1',
      jump: { page: 2 },
    });
  });
});
