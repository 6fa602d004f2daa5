// A fixture for tests/sqlwriters.cmake: the tables the scan knows. The schema's own writes (a
// trigger here) are exempt, so tags has two writers below, not three.
const char *schema[] = {
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
    "CREATE TABLE entry_tags (entry_id INTEGER NOT NULL, tag_id INTEGER NOT NULL)",
    "CREATE TRIGGER tags_cleanup AFTER DELETE ON entry_tags BEGIN DELETE FROM tags WHERE id = old.tag_id; END",
};
