import { describe, expect, it } from 'vitest';
import { nameProblem, uniqueName } from './file-names';

describe('uniqueName', () => {
  it('numbers a taken name before its extension', () => {
    expect(uniqueName('gateway.yaml', new Set())).toBe('gateway.yaml');
    expect(uniqueName('gateway.yaml', new Set(['gateway.yaml']))).toBe('gateway (2).yaml');
    expect(uniqueName('gateway.yaml', new Set(['gateway.yaml', 'gateway (2).yaml']))).toBe(
      'gateway (3).yaml',
    );
    expect(uniqueName('gateway (2).yaml', new Set(['gateway (2).yaml']))).toBe('gateway (3).yaml');
    expect(uniqueName('Makefile', new Set(['Makefile']))).toBe('Makefile (2)');
    expect(uniqueName('.env', new Set(['.env']))).toBe('.env (2)');
    expect(uniqueName('a.b/c', new Set(['a.b/c']))).toBe('a.b/c (2)');
  });
});

describe('nameProblem', () => {
  it('wants a name, without spaces around it, not taken by another file', () => {
    expect(nameProblem('', ['a.yaml'])).toBe('A file needs a name.');
    expect(nameProblem(' b.yaml', ['a.yaml'])).toBe('A name cannot start or end with a space.');
    expect(nameProblem('a.yaml', ['a.yaml'], 'b.yaml')).toBe(
      'There is a file named a.yaml already.',
    );
    expect(nameProblem('a.yaml', ['a.yaml'], 'a.yaml')).toBeUndefined();
    expect(nameProblem('b.yaml', ['a.yaml'])).toBeUndefined();
  });
});
