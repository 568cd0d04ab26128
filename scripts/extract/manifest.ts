import type { Manifest } from '../../src/data/contract/dataset-schema';

export function kentManifest(files: string[]): Manifest {
  return {
    $schema: '../../../docs/schema/manifest.schema.json',
    authority: { id: 'kent', name: 'Kent County Council' },
    title: 'Kent County Council performance indicators, from council papers 2007–2012',
    published: '2012-07-06',
    version: '1.0.0',
    synthetic: false,
    sources: [
      {
        document: '000_c658134f0934d186.txt',
        title:
          'Supporting Independence Programme, Annual Business Unit Operational Plan 2008/9 (draft)',
      },
      {
        document: '001_23223e66fe6ffd0f.txt',
        title: 'Cabinet, 14 April 2008: Annual Unit Business Plans 2008/9',
        date: '2008-04-14',
      },
      {
        document: '002_a8ef03f870c9029a.txt',
        title: 'Policy Overview Co-ordinating Committee, 5 November 2007: CPA corporate assessment',
        date: '2007-11-05',
      },
      {
        document: '003_2173f28adc055feb.txt',
        title: 'Kent Agreement (Local Area Agreement) progress report, March 2007',
        date: '2007-03-31',
      },
      {
        document: '004_02ef8f1cbe0338b4.txt',
        title:
          'Communities Cabinet Committee, 6 July 2012: Customer & Communities Performance Dashboard (June 2012)',
        date: '2012-07-06',
      },
    ],
    files: [...files].sort(),
  };
}
