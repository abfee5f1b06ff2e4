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

// The call writes: it does not *only read*, and one of its words is a write
// (`write`, `put`, `set`, `insert`, `add`, `append`, `push`, `save`,
// `store`, a word containing `incr` such as `INCRBY` or `ZINCRBY`, a word
// beginning `upsert`, `updat`, `overwrit` or `replac`, or a Redis write
// such as `ZADD`, `HSET`, `SADD`, `LPUSH`, `XADD`).
bool labelSaysWrites(std::string_view label);

} // namespace archboard
