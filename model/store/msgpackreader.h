#pragma once

#include "../json.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace archboard::store {

// Reads MessagePack value by value, for formats whose shape is known (a
// version's changes) and that need no JSON tree at all. Each read throws
// StoreError ("the document is damaged …") when the next value is not of
// the kind asked for or runs past the end.
class MsgpackCursor {
public:
    explicit MsgpackCursor(std::string_view bytes);

    bool atEnd() const { return m_at == m_end; }
    std::size_t remaining() const { return static_cast<std::size_t>(m_end - m_at); }
    bool nextIsNil() const { return peek() == 0xc0; }
    bool nextIsMap() const;
    bool nextIsArray() const;
    bool nextIsString() const;
    bool nextIsBinary() const;
    bool nextIsInteger() const;

    void nil();
    std::size_t mapHeader();
    std::size_t arrayHeader();
    std::int64_t integer();
    std::string string();
    std::string binary();
    // A bool or a number, keeping integers (signed or not) apart from floats.
    Json scalar();

private:
    unsigned char peek() const;
    std::uint64_t bigEndian(int bytes);
    std::string take(std::uint64_t size);

    const unsigned char* m_at;
    const unsigned char* m_end;
};

// Decodes MessagePack into JSON. nlohmann's reader goes through a generic
// SAX layer and checks every object key for repeats; stored designs were
// validated before they were written, so this reader appends keys as they
// come and is several times faster, which is most of reading a version.
Json readMsgpack(std::string_view bytes);

} // namespace archboard::store
