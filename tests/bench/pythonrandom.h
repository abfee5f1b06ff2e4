#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace archboard::bench {

// The random stream of Python's `random.Random(seed)` for a non-negative
// integer seed: Mersenne Twister MT19937 seeded by init_by_array, with
// Python's own ways of drawing floats, ranges and choices. The benchmark
// designs are gen-layered-design's, and drawing the same numbers it draws
// makes them the same designs, so figures here and there compare like with
// like.
class PythonRandom {
public:
    explicit PythonRandom(std::uint32_t seed);

    std::uint32_t next32();
    // `random()`: a double in [0, 1) from 53 random bits.
    double random();
    // `_randbelow(n)`, behind randint, randrange and choice: [0, n) for n >= 1.
    std::uint32_t below(std::uint32_t n);
    // `randint(low, high)`, both ends included.
    int randint(int low, int high);
    template <typename T> const T& choice(std::span<const T> values) {
        return values[below(static_cast<std::uint32_t>(values.size()))];
    }

private:
    static constexpr std::size_t kSize = 624;
    void twist();

    std::array<std::uint32_t, kSize> m_state{};
    std::size_t m_index = kSize;
};

} // namespace archboard::bench
