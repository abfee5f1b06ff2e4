#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace archboard::store {

// A 64-bit checksum of a stored row, to catch bytes that changed on the disk
// or in transit (FNV-1a; it guards against damage, not against tampering).
// Each field is added with its length or a marker, so that moving bytes from
// one field to the next changes the sum.
class Checksum {
public:
    Checksum& add(std::int64_t value);
    Checksum& add(std::optional<std::int64_t> value);
    Checksum& add(std::string_view bytes);
    // As SQLite stores it: an INTEGER holds a signed 64-bit value.
    std::int64_t value() const { return static_cast<std::int64_t>(m_state); }

private:
    void mix(const unsigned char* bytes, std::size_t size);
    std::uint64_t m_state = 0xcbf29ce484222325ULL;
};

} // namespace archboard::store
