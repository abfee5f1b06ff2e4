#include "pythonrandom.h"

#include <bit>

namespace archboard::bench {

PythonRandom::PythonRandom(std::uint32_t seed) {
    // init_genrand(19650218), then init_by_array with the seed as its one key.
    m_state[0] = 19650218u;
    for (std::size_t i = 1; i < kSize; ++i)
        m_state[i] =
            1812433253u * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
    const std::array<std::uint32_t, 1> key{seed};
    std::size_t i = 1;
    std::size_t j = 0;
    for (std::size_t k = kSize; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525u)) +
                     key[j] + static_cast<std::uint32_t>(j);
        if (++i >= kSize) {
            m_state[0] = m_state[kSize - 1];
            i = 1;
        }
        if (++j >= key.size())
            j = 0;
    }
    for (std::size_t k = kSize - 1; k > 0; --k) {
        m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941u)) -
                     static_cast<std::uint32_t>(i);
        if (++i >= kSize) {
            m_state[0] = m_state[kSize - 1];
            i = 1;
        }
    }
    m_state[0] = 0x80000000u;
}

void PythonRandom::twist() {
    constexpr std::size_t kShift = 397;
    constexpr std::uint32_t kMatrix = 0x9908b0dfu;
    for (std::size_t i = 0; i < kSize; ++i) {
        const std::uint32_t y =
            (m_state[i] & 0x80000000u) | (m_state[(i + 1) % kSize] & 0x7fffffffu);
        m_state[i] = m_state[(i + kShift) % kSize] ^ (y >> 1) ^ ((y & 1u) ? kMatrix : 0u);
    }
    m_index = 0;
}

std::uint32_t PythonRandom::next32() {
    if (m_index >= kSize)
        twist();
    std::uint32_t y = m_state[m_index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

double PythonRandom::random() {
    const std::uint32_t a = next32() >> 5;
    const std::uint32_t b = next32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

std::uint32_t PythonRandom::below(std::uint32_t n) {
    // getrandbits(k) with k = n.bit_length(), drawn again until under n.
    const int bits = std::bit_width(n);
    std::uint32_t r = 0;
    do
        r = next32() >> (32 - bits);
    while (r >= n);
    return r;
}

int PythonRandom::randint(int low, int high) {
    return low + static_cast<int>(below(static_cast<std::uint32_t>(high - low + 1)));
}

} // namespace archboard::bench
