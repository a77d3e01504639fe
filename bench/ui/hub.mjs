// Writes an import document (JSON) with one enterprise tied to N colleges: a neighbourhood of exactly N + 1
// nodes, for timing the explorer on a known size in any city.
//   node hub.mjs 1000 > hub.json && curl -u admin:… -F file=@hub.json http://127.0.0.1:18401/api/import
//   then open /explorer?focus=bench-hub&limit=1001
const n = Number(process.argv[2] ?? 1000);
const nodes = [{ label: 'Enterprise', properties: { id: 'bench-hub', name: '基准枢纽企业', nameEn: 'Benchmark hub' } }];
const relationships = [];
for (let i = 1; i <= n; i++) {
  const id = `bench-hub-${String(i).padStart(4, '0')}`;
  nodes.push({ label: 'College', properties: { id, name: `基准院校${i}` } });
  relationships.push({
    type: 'COLLABORATES_WITH',
    from: id,
    to: 'bench-hub',
    properties: { kind: 'JOINT_TRAINING', since: 2015 + (i % 10) },
  });
}
process.stdout.write(JSON.stringify({ format: 'consortium-explorer', version: 1, nodes, relationships }));
