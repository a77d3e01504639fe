MATCH (o:Enterprise)
WHERE EXISTS { (o)-[:OPERATES_IN]->(:Industry {code: $industry}) }
WITH o ORDER BY o.id LIMIT 100
RETURN o {.id, .name, .nameEn, .city, .founded, .size, .leading} AS organization
