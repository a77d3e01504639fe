// Indexes for the common look-ups: names, places, kinds, statuses and the year of every yearly flow.
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_city IF NOT EXISTS FOR (n:Organization) ON (n.city);
CREATE INDEX organization_region IF NOT EXISTS FOR (n:Organization) ON (n.regionCode);
CREATE INDEX consortium_status IF NOT EXISTS FOR (n:Consortium) ON (n.status);
CREATE INDEX program_kind IF NOT EXISTS FOR (n:Program) ON (n.kind);
CREATE INDEX project_kind IF NOT EXISTS FOR (n:Project) ON (n.kind);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX funds_year IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.year);
CREATE INDEX supplies_talent_year IF NOT EXISTS FOR ()-[r:SUPPLIES_TALENT]-() ON (r.year);
CREATE INDEX transfers_technology_year IF NOT EXISTS FOR ()-[r:TRANSFERS_TECHNOLOGY]-() ON (r.year);
CREATE INDEX shares_facility_year IF NOT EXISTS FOR ()-[r:SHARES_FACILITY]-() ON (r.year);
CREATE INDEX demands_year IF NOT EXISTS FOR ()-[r:DEMANDS]-() ON (r.year);
