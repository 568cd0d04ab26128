import { formatCode, formatCodes, FRAMEWORKS, frameworkWords } from './frameworks';

it.each([
  [{ framework: 'NI', code: '125' }, 'NI 125'],
  [{ framework: 'T2010', code: '52' }, 'Towards 2010 target 52'],
  [{ framework: 'LAA', code: '7' }, 'LAA 7'],
  [{ framework: 'LOCAL', code: 'CS1' }, 'Local CS1'],
] as const)('writes %o as %s', (code, words) => {
  expect(formatCode(code)).toBe(words);
});

it('joins several codes with the separator asked for', () => {
  const codes = [
    { framework: 'NI', code: '124' },
    { framework: 'BVPI', code: '8' },
  ] as const;
  expect(formatCodes(codes)).toBe('NI 124 · BVPI 8');
  expect(formatCodes(codes, ', ')).toBe('NI 124, BVPI 8');
});

it('names every framework in full', () => {
  for (const framework of FRAMEWORKS) expect(frameworkWords[framework].name).not.toBe('');
});
