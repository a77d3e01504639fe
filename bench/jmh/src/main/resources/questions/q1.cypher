MATCH (o:Organization {id: $id})
RETURN o {
  .id, .name, .nameEn, .city, .founded,
  memberships: COLLECT {
    MATCH (o)-[m:MEMBER_OF]->(c:Consortium)
    RETURN {role: m.role, since: m.since, until: m.until, consortium: c {.id, .name}}
  },
  collaborations: COLLECT {
    MATCH (o)-[r:COLLABORATES_WITH]-(p:Organization)
    RETURN {kind: r.kind, since: r.since, partner: p {.id, .name}}
  },
  outgoingFlows: COLLECT {
    MATCH (o)-[r:FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]->(t)
    RETURN {type: type(r), year: r.year, target: t.id}
  },
  incomingFlows: COLLECT {
    MATCH (s:Organization)-[r:FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]->(o)
    RETURN {type: type(r), year: r.year, source: s.id}
  }
} AS organization
