// A fixture for tests/sqlwriters.cmake: the second writer of the table tags. It only talks about
// entry_tags in a comment ("INSERT INTO entry_tags" is first.cpp's), which is not a second writer.
const char *forgetTags = "delete from tags WHERE NOT EXISTS (SELECT 1 FROM entry_tags et WHERE et.tag_id = tags.id)";
