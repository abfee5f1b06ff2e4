#include "msgpackreader.h"

#include "../json/textencoding.h"
#include "sqlite.h"

#include <cstring>
#include <vector>

namespace archboard::store {

namespace {

// Deeper than any valid design (the format allows 64 levels), so only
// damaged bytes reach it.
constexpr int kMaxDepth = 200;

[[noreturn]] void unreadable() {
    throw StoreError("the document is damaged (stored data is unreadable)");
}

Json readValue(MsgpackCursor& in, int depth) {
    if (depth > kMaxDepth)
        unreadable();
    if (in.nextIsMap()) {
        const std::size_t size = in.mapHeader();
        if (size > in.remaining() / 2) // each member takes at least two bytes
            unreadable();
        Json value = Json::object();
        auto& members = value.get_ref<Json::object_t&>();
        members.reserve(size);
        for (std::size_t i = 0; i < size; ++i) {
            std::string key = in.string();
            members.emplace_back(std::move(key), readValue(in, depth + 1));
        }
        return value;
    }
    if (in.nextIsArray()) {
        const std::size_t size = in.arrayHeader();
        if (size > in.remaining())
            unreadable();
        Json value = Json::array();
        auto& elements = value.get_ref<Json::array_t&>();
        elements.reserve(size);
        for (std::size_t i = 0; i < size; ++i)
            elements.push_back(readValue(in, depth + 1));
        return value;
    }
    if (in.nextIsString())
        return Json(in.string());
    if (in.nextIsBinary()) {
        const std::string bytes = in.binary();
        return Json::binary(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
    }
    if (in.nextIsNil()) {
        in.nil();
        return Json();
    }
    return in.scalar();
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

bool MsgpackCursor::nextIsMap() const {
    const unsigned char type = peek();
    return (type & 0xf0) == 0x80 || type == 0xde || type == 0xdf;
}

bool MsgpackCursor::nextIsArray() const {
    const unsigned char type = peek();
    return (type & 0xf0) == 0x90 || type == 0xdc || type == 0xdd;
}

bool MsgpackCursor::nextIsString() const {
    const unsigned char type = peek();
    return (type & 0xe0) == 0xa0 || (type >= 0xd9 && type <= 0xdb);
}

bool MsgpackCursor::nextIsBinary() const {
    const unsigned char type = peek();
    return type >= 0xc4 && type <= 0xc6;
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
    if (remaining() < size)
        unreadable();
    std::string bytes(reinterpret_cast<const char*>(m_at), size);
    m_at += size;
    return bytes;
}

void MsgpackCursor::nil() {
    if (!nextIsNil())
        unreadable();
    ++m_at;
}

// Fixed-size headers: one byte of type, then 0, 1, 2 or 4 bytes of size.
std::size_t MsgpackCursor::mapHeader() {
    if (!nextIsMap())
        unreadable();
    const unsigned char type = *m_at++;
    return type == 0xde ? bigEndian(2) : type == 0xdf ? bigEndian(4) : type & 0x0f;
}

std::size_t MsgpackCursor::arrayHeader() {
    if (!nextIsArray())
        unreadable();
    const unsigned char type = *m_at++;
    return type == 0xdc ? bigEndian(2) : type == 0xdd ? bigEndian(4) : type & 0x0f;
}

std::string MsgpackCursor::string() {
    if (!nextIsString())
        unreadable();
    const unsigned char type = *m_at++;
    std::string text = take(type >= 0xd9 ? bigEndian(1 << (type - 0xd9)) : type & 0x1f);
    // Every string the store writes came from a valid design, so it is
    // UTF-8; other bytes are damage, never text to hand on.
    if (firstInvalidUtf8(text))
        unreadable();
    return text;
}

std::string MsgpackCursor::binary() {
    if (!nextIsBinary())
        unreadable();
    const unsigned char type = *m_at++;
    return take(bigEndian(1 << (type - 0xc4)));
}

std::int64_t MsgpackCursor::integer() {
    if (!nextIsInteger())
        unreadable();
    const Json value = scalar();
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > INT64_MAX)
        unreadable();
    return value.get<std::int64_t>();
}

Json MsgpackCursor::scalar() {
    const unsigned char type = peek();
    ++m_at;
    if (type <= 0x7f)
        return Json(std::uint64_t{type});
    if (type >= 0xe0)
        return Json(std::int64_t{static_cast<std::int8_t>(type)});
    switch (type) {
    case 0xc2:
        return Json(false);
    case 0xc3:
        return Json(true);
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
    case 0xcd:
    case 0xce:
    case 0xcf:
        return Json(bigEndian(1 << (type - 0xcc)));
    case 0xd0:
        return Json(std::int64_t{static_cast<std::int8_t>(bigEndian(1))});
    case 0xd1:
        return Json(std::int64_t{static_cast<std::int16_t>(bigEndian(2))});
    case 0xd2:
        return Json(std::int64_t{static_cast<std::int32_t>(bigEndian(4))});
    case 0xd3:
        return Json(static_cast<std::int64_t>(bigEndian(8)));
    default:
        unreadable(); // extension types are never written
    }
}

Json readMsgpack(std::string_view bytes) {
    MsgpackCursor in(bytes);
    Json value = readValue(in, 0);
    if (!in.atEnd())
        unreadable();
    return value;
}

} // namespace archboard::store
