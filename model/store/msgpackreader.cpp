#include "msgpackreader.h"

#include "sqlite.h"

#include <cstdint>
#include <cstring>

namespace archboard::store {

namespace {

// Deeper than any valid design (the format allows 64 levels), so only
// damaged bytes reach it.
constexpr int kMaxDepth = 200;

class MsgpackReader {
public:
    explicit MsgpackReader(std::string_view bytes)
        : m_at(reinterpret_cast<const unsigned char*>(bytes.data()))
        , m_end(m_at + bytes.size()) {}

    Json readAll() {
        Json value = read(0);
        if (m_at != m_end)
            fail();
        return value;
    }

private:
    [[noreturn]] static void fail() {
        throw StoreError("the document is damaged (a stored design is unreadable)");
    }

    void need(std::size_t n) const {
        if (static_cast<std::size_t>(m_end - m_at) < n)
            fail();
    }

    std::uint64_t bigEndian(int bytes) {
        need(static_cast<std::size_t>(bytes));
        std::uint64_t value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | *m_at++;
        return value;
    }

    Json read(int depth) {
        if (depth > kMaxDepth)
            fail();
        need(1);
        const unsigned char type = *m_at++;
        if (type <= 0x7f)
            return Json(std::uint64_t{type});
        if (type >= 0xe0)
            return Json(std::int64_t{static_cast<std::int8_t>(type)});
        if ((type & 0xf0) == 0x80)
            return map(type & 0x0f, depth);
        if ((type & 0xf0) == 0x90)
            return array(type & 0x0f, depth);
        if ((type & 0xe0) == 0xa0)
            return string(type & 0x1f);
        switch (type) {
        case 0xc0:
            return Json();
        case 0xc2:
            return Json(false);
        case 0xc3:
            return Json(true);
        case 0xc4:
            return binary(bigEndian(1));
        case 0xc5:
            return binary(bigEndian(2));
        case 0xc6:
            return binary(bigEndian(4));
        case 0xca: {
            const auto bits = static_cast<std::uint32_t>(bigEndian(4));
            float value = 0;
            std::memcpy(&value, &bits, sizeof value);
            return Json(static_cast<double>(value));
        }
        case 0xcb: {
            const std::uint64_t bits = bigEndian(8);
            double value = 0;
            std::memcpy(&value, &bits, sizeof value);
            return Json(value);
        }
        case 0xcc:
            return Json(bigEndian(1));
        case 0xcd:
            return Json(bigEndian(2));
        case 0xce:
            return Json(bigEndian(4));
        case 0xcf:
            return Json(bigEndian(8));
        case 0xd0:
            return Json(std::int64_t{static_cast<std::int8_t>(bigEndian(1))});
        case 0xd1:
            return Json(std::int64_t{static_cast<std::int16_t>(bigEndian(2))});
        case 0xd2:
            return Json(std::int64_t{static_cast<std::int32_t>(bigEndian(4))});
        case 0xd3:
            return Json(static_cast<std::int64_t>(bigEndian(8)));
        case 0xd9:
            return string(bigEndian(1));
        case 0xda:
            return string(bigEndian(2));
        case 0xdb:
            return string(bigEndian(4));
        case 0xdc:
            return array(bigEndian(2), depth);
        case 0xdd:
            return array(bigEndian(4), depth);
        case 0xde:
            return map(bigEndian(2), depth);
        case 0xdf:
            return map(bigEndian(4), depth);
        default:
            fail(); // extension types are never written
        }
    }

    Json string(std::uint64_t size) {
        need(size);
        Json value(std::string(reinterpret_cast<const char*>(m_at), size));
        m_at += size;
        return value;
    }

    Json binary(std::uint64_t size) {
        need(size);
        Json value = Json::binary(std::vector<std::uint8_t>(m_at, m_at + size));
        m_at += size;
        return value;
    }

    Json array(std::uint64_t size, int depth) {
        need(size); // every element takes at least one byte
        Json value = Json::array();
        auto& elements = value.get_ref<Json::array_t&>();
        elements.reserve(size);
        for (std::uint64_t i = 0; i < size; ++i)
            elements.push_back(read(depth + 1));
        return value;
    }

    Json map(std::uint64_t size, int depth) {
        need(size * 2);
        Json value = Json::object();
        auto& members = value.get_ref<Json::object_t&>();
        members.reserve(size);
        for (std::uint64_t i = 0; i < size; ++i) {
            Json key = read(depth + 1);
            if (!key.is_string())
                fail();
            members.emplace_back(std::move(key.get_ref<std::string&>()), read(depth + 1));
        }
        return value;
    }

    const unsigned char* m_at;
    const unsigned char* m_end;
};

[[noreturn]] void unreadable() {
    throw StoreError("the document is damaged (a version's changes are unreadable)");
}

} // namespace

MsgpackCursor::MsgpackCursor(std::string_view bytes)
    : m_at(reinterpret_cast<const unsigned char*>(bytes.data()))
    , m_end(m_at + bytes.size()) {
}

unsigned char MsgpackCursor::peek() const {
    if (m_at == m_end)
        unreadable();
    return *m_at;
}

bool MsgpackCursor::nextIsNil() const {
    return peek() == 0xc0;
}

bool MsgpackCursor::nextIsArray() const {
    const unsigned char type = peek();
    return (type & 0xf0) == 0x90 || type == 0xdc || type == 0xdd;
}

bool MsgpackCursor::nextIsInteger() const {
    const unsigned char type = peek();
    return type <= 0x7f || type >= 0xe0 || (type >= 0xcc && type <= 0xd3);
}

std::uint64_t MsgpackCursor::bigEndian(int bytes) {
    if (m_end - m_at < bytes)
        unreadable();
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | *m_at++;
    return value;
}

std::string MsgpackCursor::take(std::uint64_t size) {
    if (static_cast<std::uint64_t>(m_end - m_at) < size)
        unreadable();
    std::string bytes(reinterpret_cast<const char*>(m_at), size);
    m_at += size;
    return bytes;
}

void MsgpackCursor::nil() {
    if (peek() != 0xc0)
        unreadable();
    ++m_at;
}

std::size_t MsgpackCursor::mapHeader() {
    const unsigned char type = peek();
    ++m_at;
    if ((type & 0xf0) == 0x80)
        return type & 0x0f;
    if (type == 0xde)
        return bigEndian(2);
    if (type == 0xdf)
        return bigEndian(4);
    unreadable();
}

std::size_t MsgpackCursor::arrayHeader() {
    const unsigned char type = peek();
    ++m_at;
    if ((type & 0xf0) == 0x90)
        return type & 0x0f;
    if (type == 0xdc)
        return bigEndian(2);
    if (type == 0xdd)
        return bigEndian(4);
    unreadable();
}

std::int64_t MsgpackCursor::integer() {
    const unsigned char type = peek();
    ++m_at;
    if (type <= 0x7f)
        return type;
    if (type >= 0xe0)
        return static_cast<std::int8_t>(type);
    switch (type) {
    case 0xcc:
        return static_cast<std::int64_t>(bigEndian(1));
    case 0xcd:
        return static_cast<std::int64_t>(bigEndian(2));
    case 0xce:
        return static_cast<std::int64_t>(bigEndian(4));
    case 0xcf:
        return static_cast<std::int64_t>(bigEndian(8));
    case 0xd0:
        return static_cast<std::int8_t>(bigEndian(1));
    case 0xd1:
        return static_cast<std::int16_t>(bigEndian(2));
    case 0xd2:
        return static_cast<std::int32_t>(bigEndian(4));
    case 0xd3:
        return static_cast<std::int64_t>(bigEndian(8));
    default:
        unreadable();
    }
}

std::string MsgpackCursor::string() {
    const unsigned char type = peek();
    ++m_at;
    if ((type & 0xe0) == 0xa0)
        return take(type & 0x1f);
    if (type == 0xd9)
        return take(bigEndian(1));
    if (type == 0xda)
        return take(bigEndian(2));
    if (type == 0xdb)
        return take(bigEndian(4));
    unreadable();
}

std::string MsgpackCursor::binary() {
    const unsigned char type = peek();
    ++m_at;
    if (type == 0xc4)
        return take(bigEndian(1));
    if (type == 0xc5)
        return take(bigEndian(2));
    if (type == 0xc6)
        return take(bigEndian(4));
    unreadable();
}

Json readMsgpack(std::string_view bytes) {
    return MsgpackReader(bytes).readAll();
}

} // namespace archboard::store
