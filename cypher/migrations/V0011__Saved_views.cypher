// Saved explorer views (a picture of the graph under a name, shared by URL) are looked up by id.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE;
