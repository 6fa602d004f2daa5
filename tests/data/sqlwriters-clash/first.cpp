// A fixture for tests/sqlwriters.cmake: two files that both write the table tags, one with a
// statement split over two string literals. The scan must report the table.
const char *addTag = "INSERT OR IGNORE INTO "
                     "tags (name) VALUES (:name)";
const char *tagEntry = "INSERT INTO entry_tags (entry_id, tag_id) VALUES (:entry, :tag)";
// Prose is not a statement: insert into the list, delete from the page, update the view.
