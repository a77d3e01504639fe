MATCH (o:Enterprise)
WHERE EXISTS { (o)-[:MEMBER_OF]->(:Consortium {id: $consortium}) }
RETURN count(o) AS total
