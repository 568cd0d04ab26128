import type { Dataset } from '@/data/contract/assemble-dataset';
import { loadFixtureDataset } from '@mocks/fixture-dataset';
import { createApiEngine } from './engine';

const writer = { actor: { id: 'u1', name: 'Pat Jones' }, ifMatch: undefined };

/** The fixture as another council's dataset: nothing may assume the authority is Kent. */
async function surreyDataset(): Promise<Dataset> {
  const { dataset } = await loadFixtureDataset();
  if (!dataset) throw new Error('the fixture dataset did not load');
  const rename = (area: string) => (area === 'kent' ? 'surrey' : area);
  return {
    ...dataset,
    manifest: { ...dataset.manifest, authority: { id: 'surrey', name: 'Surrey County Council' } },
    observations: dataset.observations.map((o) => ({ ...o, area: rename(o.area) })),
    commentary: dataset.commentary.map((c) => ({ ...c, area: rename(c.area) })),
    areas: dataset.areas.map((a) => ({ ...a, id: rename(a.id) })),
  };
}

test("a figure recorded without an area goes to the dataset's own authority", async () => {
  const engine = createApiEngine(await surreyDataset());
  const result = engine.recordActual('fx-green', { period: '2012-06', value: 70 }, writer);
  expect(result).toMatchObject({ ok: true, status: 201 });

  const detail = engine.indicatorDetail('fx-green');
  if (!detail.ok) throw new Error(detail.body.error);
  expect(detail.body.observations.filter((o) => o.period === '2012-06')).toEqual([
    expect.objectContaining({ area: 'surrey', value: 70 }),
  ]);
  expect(
    engine.recordActual('fx-green', { area: 'kent', period: '2012-07', value: 1 }, writer),
  ).toMatchObject({ ok: false, body: { field: 'area' } });
});
