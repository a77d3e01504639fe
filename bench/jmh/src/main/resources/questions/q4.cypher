MATCH (c:Organization {id: $id})
RETURN c.id AS id, COLLECT {
  MATCH (c)-[:COLLABORATES_WITH]-(p:Organization)
  RETURN {id: p.id, partners: COLLECT { MATCH (p)-[:COLLABORATES_WITH]-(q:Organization) RETURN q.id }}
} AS partners
