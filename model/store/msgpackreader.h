#pragma once

#include "../json.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace archboard::store {

// Decodes MessagePack into JSON. nlohmann's reader goes through a generic
// SAX layer and checks every object key for repeats; stored designs were
// validated before they were written, so this reader appends keys as they
// come and is several times faster, which is most of reading a version.
// Throws StoreError ("the document is damaged …") on malformed bytes.
Json readMsgpack(std::string_view bytes);

// Reads MessagePack value by value, for formats whose shape is known (a
// version's changes) and that need no JSON tree at all. Every call throws
// StoreError when the next value is not of the kind asked for.
class MsgpackCursor {
public:
    explicit MsgpackCursor(std::string_view bytes);

    bool atEnd() const { return m_at == m_end; }
    bool nextIsNil() const;
    bool nextIsArray() const;
    bool nextIsInteger() const;

    void nil();
    std::size_t mapHeader();
    std::size_t arrayHeader();
    std::int64_t integer();
    std::string string();
    std::string binary();

private:
    unsigned char peek() const;
    std::uint64_t bigEndian(int bytes);
    std::string take(std::uint64_t size);

    const unsigned char* m_at;
    const unsigned char* m_end;
};

} // namespace archboard::store
