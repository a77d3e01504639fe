// Prints the id of an organization whose neighbourhood (at the given depth) holds at least --nodes nodes,
// asking the app's GraphQL API: the first college, then enterprise, that qualifies.
//   node pick-focus.mjs --url http://127.0.0.1:18410/graphql [--depth 2] [--nodes 1000]
import { post } from '../lib/gql.mjs';

/** A request that a cold server under load may stop at its time limit is tried again, up to five times. */
async function ask(query, variables) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await post(url, query, variables);
    } catch (e) {
      if (attempt === 5 || !String(e.message).includes('ran longer than')) throw e;
    }
  }
}

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const url = args.url;
const depth = Number(args.depth ?? 2);
const wanted = Number(args.nodes ?? 1000);

for (const type of ['COLLEGE', 'ENTERPRISE']) {
  const page = await ask(
    'query($types: [OrganizationType!]) { organizations(filter: {types: $types}, first: 20) { edges { node { id } } } }',
    { types: [type] },
  );
  for (const { node } of page.data.organizations.edges) {
    const sub = await ask(
      'query($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { nodes { id } } }',
      { id: node.id, depth, limit: wanted },
    );
    if (sub.data.neighborhood.nodes.length >= wanted) {
      console.log(node.id);
      process.exit(0);
    }
  }
}
console.error(`no organization has ${wanted} nodes within ${depth} hops`);
process.exit(1);
