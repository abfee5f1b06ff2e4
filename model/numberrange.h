#pragma once

namespace archboard {

// The numbers the format accepts for one field: from `min` (itself excluded
// when `exclusiveMin`) to `max`.
struct NumberRange {
    double min = 0;
    double max = 0;
    bool exclusiveMin = false;

    bool operator==(const NumberRange&) const = default;
};

// The format's limits on numbers, and the ranges its fields use.
namespace range {
inline constexpr double kMaxCount = 1'000'000;
inline constexpr double kMaxCoordinate = 1e9;
inline constexpr double kMaxNumber = 1e15;

inline constexpr NumberRange kCount{1, kMaxCount};
inline constexpr NumberRange kCountFromZero{0, kMaxCount};
inline constexpr NumberRange kNonNegative{0, kMaxNumber};
inline constexpr NumberRange kPositive{0, kMaxNumber, true};
inline constexpr NumberRange kPercentage{0, 100};
inline constexpr NumberRange kFraction{0, 1};
inline constexpr NumberRange kCoordinate{-kMaxCoordinate, kMaxCoordinate};
inline constexpr NumberRange kSize{0, kMaxCoordinate};
} // namespace range

} // namespace archboard
