// Full-text search over Chinese and English names. The CJK analyzer indexes Chinese text as overlapping
// character bigrams (so 宜宾 matches 宜宾市…) and lower-cases Latin words (so "battery" matches "Battery").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organization|Consortium|Program|Project)
ON EACH [n.name, n.nameEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
