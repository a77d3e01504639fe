// The peer of the GraphQL benchmark: the Neo4j GraphQL Library served by graphql-yoga, reading the same
// embedded Neo4j the app runs, over Bolt.
//   NEO4J_URI=bolt://127.0.0.1:17100 NEO4J_PASSWORD=… PORT=18101 node bench/peer/server.mjs
// Prints "peer ready on http://127.0.0.1:<port>/graphql" once the schema is built and the database answers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
const password = process.env.NEO4J_PASSWORD;
const port = Number(process.env.PORT ?? 4000);
if (!password) {
    console.error('NEO4J_PASSWORD is required');
    process.exit(2);
}

const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password), {
    // As many connections as the benchmark has clients, like the app's own pool.
    maxConnectionPoolSize: 64,
});
await driver.verifyConnectivity();

const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
// graphql-yoga's defaults (GraphiQL, landing page, masked errors) stay as they are except the log noise.
const yoga = createYoga({ schema, logging: 'warn', graphiql: false });

createServer(yoga).listen(port, '127.0.0.1', () => {
    console.log(`peer ready on http://127.0.0.1:${port}/graphql`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
        await driver.close();
        process.exit(0);
    });
}
