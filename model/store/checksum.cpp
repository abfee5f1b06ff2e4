#include "checksum.h"

#include <array>

namespace archboard::store {

namespace {

// Little-endian whatever the machine, so a file moves between machines.
std::array<unsigned char, 8> littleEndian(std::uint64_t value) {
    std::array<unsigned char, 8> bytes{};
    for (auto& byte : bytes) {
        byte = static_cast<unsigned char>(value & 0xffU);
        value >>= 8;
    }
    return bytes;
}

} // namespace

void Checksum::mix(const unsigned char* bytes, std::size_t size) {
    constexpr std::uint64_t kPrime = 0x100000001b3ULL;
    for (std::size_t i = 0; i < size; ++i) {
        m_state ^= bytes[i];
        m_state *= kPrime;
    }
}

Checksum& Checksum::add(std::int64_t value) {
    const auto bytes = littleEndian(static_cast<std::uint64_t>(value));
    const unsigned char present = 1;
    mix(&present, 1);
    mix(bytes.data(), bytes.size());
    return *this;
}

Checksum& Checksum::add(std::optional<std::int64_t> value) {
    if (value)
        return add(*value);
    const unsigned char absent = 0;
    mix(&absent, 1);
    return *this;
}

Checksum& Checksum::add(std::string_view bytes) {
    const auto size = littleEndian(bytes.size());
    mix(size.data(), size.size());
    mix(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return *this;
}

} // namespace archboard::store
