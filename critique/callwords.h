#pragma once

#include <string_view>

namespace archboard {

// What a connection's label says about the call, where the drawing cannot
// (docs/spec/rules.md *Words*).

// The call only reads: the label's first word is a read (`read`, `get`,
// `lookup`, `query`, `fetch`, `select`, `scan`, `list`, `search`, or a word
// beginning `get`: `GetItem`), or it says `read only` / `read-only`.
bool labelSaysOnlyReads(std::string_view label);

// The call replaces what is there (`upsert`, `update`, `overwrite`,
// `replace`, `set`): one row per key, which does not grow with the writes.
bool labelSaysOverwrites(std::string_view label);

} // namespace archboard
